using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using Lancs.Scoring.Cli;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Tests.Packaging;
using MiniExcelLibs;
using Xunit;
using static Lancs.Scoring.Tests.Cli.CliRun;

namespace Lancs.Scoring.Tests.Cli;

/// <summary>Registers kept in Excel (issue 13): the shipped workbook reads back as its CSV, council headings and
/// --columns find the columns, bad rows are named by sheet, row and column, zip bombs are refused, and --format xlsx
/// writes the result as sheets.</summary>
public sealed class ExcelRegisterTests : IDisposable
{
    /// <summary>The headings the shipped workbook uses: a council's own, not the tool's CSV names.</summary>
    private static readonly (string Heading, Func<RegisterRow, string?> Cell)[] Headings =
    {
        ("Risk Identification Number", r => r.Id), ("Kind", r => r.Kind), ("Risk Description", r => r.Description), ("Risk Type", r => r.RiskType),
        ("Risk Owner", r => r.Owner), ("Risk Score", r => r.Inherent), ("Residual Score", r => r.Residual),
        ("Direction of Travel", r => r.DirectionOfTravel), ("Source", r => r.Source),
    };

    private static readonly string Registers = Path.Combine(AppContext.BaseDirectory, "data", "registers");
    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    /// <summary>Makes data/registers/2017-18-Q2.xlsx from the CSV when LANCS_UPDATE_DOCS=1; always checks the shipped one
    /// reads back cell for cell as the CSV.</summary>
    [Fact]
    public void ShippedWorkbook_ReadsBackEqualToItsCsv()
    {
        var (csvRows, csvProblems) = RegisterCsv.Read(Path.Combine(Registers, "2017-18-Q2.csv"), TextWriter.Null);
        if (Environment.GetEnvironmentVariable("LANCS_UPDATE_DOCS") == "1")
        {
            WriteWorkbook(Path.Combine(PackageFixture.RepositoryRoot(), "data", "registers", "2017-18-Q2.xlsx"), "Register Q2 2017-18", csvRows);
        }

        var (xlsxRows, xlsxProblems) = RegisterXlsx.Read(Path.Combine(Registers, "2017-18-Q2.xlsx"), null, RegisterColumns.Default, TextWriter.Null, InputLimits.Default);

        Assert.Empty(csvProblems);
        Assert.Empty(xlsxProblems);
        Assert.Equal(22, xlsxRows.Count);
        Assert.Equal(csvRows.Select(Fields), xlsxRows.Select(Fields));
        Assert.Equal(Enumerable.Range(2, 22), xlsxRows.Select(r => r.Line)); // sheet rows, the header in row 1
    }

    [Fact]
    public void Rescore_ShippedWorkbook_GivesTheSameReportAsTheCsv()
    {
        var previous = Path.Combine(Registers, "2016-17-Q1.csv");

        var (csvCode, fromCsv, _) = Run("rescore", Path.Combine(Registers, "2017-18-Q2.csv"), "--previous", previous, "--format", "json");
        var (xlsxCode, fromXlsx, _) = Run("rescore", Path.Combine(Registers, "2017-18-Q2.xlsx"), "--previous", previous, "--format", "json");

        Assert.Equal(ExitCode.Success, csvCode);
        Assert.Equal(ExitCode.Success, xlsxCode);
        Assert.Equal(fromCsv, fromXlsx);
    }

    [Fact]
    public void Rescore_BadRows_AreNamedBySheetRowAndColumnAndTheRestScored()
    {
        var path = Path.Combine(_scratch, "2017-18-Q2.xlsx");
        WriteWorkbook(path, "Risks", new[]
        {
            Row("CR1", "First", "25", "16"),
            Row("CR2", "Sec\u001B[2Kond", "16", "12"),
            Row("CR3", "Third", "7", "6"),
            Row("CR4", "Fourth", "16", "12"),
        });

        var (code, output, _) = Run("rescore", path);

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Contains("2017-18-Q2.xlsx sheet 'Risks' row 3, Risk Description (column C) 'Sec\\u001B[2Kond': the cell holds the control character U+001B at position 4", output);
        Assert.Contains("CR3 (line 4), inherent '7'", output);
        Assert.Matches(@"(?m)^  CR1 ", output);
        Assert.Matches(@"(?m)^  CR4 ", output);
    }

    [Fact]
    public void Rescore_Sheet_ReadsTheNamedSheetAndRefusesOneThatIsNot()
    {
        var path = Path.Combine(_scratch, "2017-18-Q2.xlsx");
        using (var file = File.Create(path))
        {
            MiniExcel.SaveAs(file, new Dictionary<string, object>
            {
                ["Notes"] = new[] { new Dictionary<string, object> { ["Note"] = "the register is on the next sheet" } },
                ["Register"] = Table(new[] { Row("CR7", "Seventh", "16", "12") }),
            });
        }

        var (first, _, firstError) = Run("rescore", path);
        var (named, output, _) = Run("rescore", path, "--sheet", "Register");
        var (missing, _, missingError) = Run("rescore", path, "--sheet", "Q2");

        Assert.Equal(ExitCode.Failure, first);
        Assert.Contains("sheet 'Notes' row 1: the header has no 'id' column", firstError);
        Assert.Equal(ExitCode.Success, named);
        Assert.Matches(@"(?m)^  CR7 ", output);
        Assert.Equal(ExitCode.Failure, missing);
        Assert.Contains("the workbook has no sheet 'Q2'; its sheets are 'Notes', 'Register'.", missingError);
    }

    [Fact]
    public void Rescore_Columns_NamesHeadingsTheToolDoesNotKnow()
    {
        var path = Path.Combine(_scratch, "2017-18-Q2.xlsx");
        using (var file = File.Create(path))
        {
            MiniExcel.SaveAs(file, new[] { new Dictionary<string, object> { ["Ref No"] = "CR9", ["Title"] = "Ninth", ["Gross"] = 16, ["Net"] = 12 } });
        }

        var (without, _, error) = Run("rescore", path);
        var (with, output, _) = Run("rescore", path, "--columns", "id=Ref No,inherent=Gross,residual=\"Net\"");
        var (bad, _, badError) = Run("rescore", path, "--columns", "colour=Ref No");

        Assert.Equal(ExitCode.Failure, without);
        Assert.Contains("the header has no 'id' column (it may be headed 'id', 'Risk Identification Number'", error);
        Assert.Contains("--columns id=\"Your Heading\"", error);
        Assert.Equal(ExitCode.Success, with);
        Assert.Matches(@"(?m)^  CR9 +16 +12 ", output);
        Assert.Equal(ExitCode.Failure, bad);
        Assert.Contains("'colour' is not a register column", badError);
    }

    [Fact]
    public void Rescore_CouncilHeadingsInCsv_AreFoundToo()
    {
        var path = WriteFile(_scratch, "2017-18-Q2.csv", "Risk Identification Number,Risk Description,Risk Score,Residual Score,Direction of Travel\nCR5,Fifth,25,16,Level\n");

        var (code, output, _) = Run("rescore", path);

        Assert.Equal(ExitCode.Success, code);
        Assert.Matches(@"(?m)^  CR5 +25 +16 +- +Level +Fifth", output);
    }

    [Fact]
    public void Rescore_ZipBomb_IsRefusedBeforeACellIsRead()
    {
        var path = Path.Combine(_scratch, "2017-18-Q2.xlsx");
        WriteWorkbook(path, "Register", new[] { Row("CR1", new string('a', 2_000_000), "25", "16") });
        Assert.True(new FileInfo(path).Length < 100_000, "the workbook should compress well");
        var limits = new InputLimits { MaxWorkbookBytes = 1_000_000, MaxCellLength = 4_000_000 };

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(new[] { "rescore", path }, output, error, limits);

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("the workbook unzips to more than 1,000,000 bytes, the limit for a workbook (a zip bomb?)", error.ToString());
    }

    [Fact]
    public void Rescore_PartThatLiesAboutItsSize_IsRefused()
    {
        // A zip whose part header understates the size: the check counts the bytes it unzips, not what the header says.
        var path = Path.Combine(_scratch, "2017-18-Q2.xlsx");
        WriteWorkbook(path, "Register", new[] { Row("CR1", "First", "25", "16") });
        var bytes = File.ReadAllBytes(path);
        var lied = 0;
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            // central directory headers (PK\x01\x02): uncompressed size at offset 24
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02)
            {
                BitConverter.GetBytes(1).CopyTo(bytes, i + 24);
                lied++;
            }
        }

        File.WriteAllBytes(path, bytes);
        Assert.True(lied > 0);

        var (code, _, error) = Run("rescore", path);

        Assert.Equal(ExitCode.Failure, code);
        Assert.Matches("cannot be unzipped|cannot be read|not an Excel workbook", error);
    }

    [Fact]
    public void Rescore_CsvNamedXlsx_SaysItIsNoWorkbook()
    {
        var path = WriteFile(_scratch, "2017-18-Q2.xlsx", "id,description,inherent,residual\nCR1,First,25,16\n");

        var (code, _, error) = Run("rescore", path);

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("is not an Excel workbook (.xlsx is a zip of XML parts; this file is not a zip)", error);
    }

    [Fact]
    public void FormatXlsx_WritesRegisterChangesFindingsAndRejectionsAsSheets()
    {
        var path = Path.Combine(_scratch, "result.xlsx");

        var (code, output, _) = Run("rescore", Path.Combine(Registers, "2017-18-Q2.xlsx"), "--previous", Path.Combine(Registers, "2016-17-Q1.csv"), "--format", "xlsx", "-o", path);

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(new[] { "register", "changes", "findings", "rejections" }, MiniExcel.GetSheetNames(path));
        var register = MiniExcel.Query(path, useHeaderRow: true, sheetName: "register").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(22, register.Count);
        Assert.Equal("CR1", register[0]["id"]);
        Assert.Equal(16d, Convert.ToDouble(register[0]["residual"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(24, MiniExcel.Query(path, useHeaderRow: true, sheetName: "changes").Count());
        Assert.Equal(9, MiniExcel.Query(path, useHeaderRow: true, sheetName: "findings").Count());
    }

    [Fact]
    public void FormatXlsx_WithoutOutputInProcess_AsksForAFile()
    {
        var (code, output, error) = Run("rescore", Path.Combine(Registers, "2018-19-Q1.csv"), "--format", "xlsx");

        Assert.Equal(ExitCode.Failure, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--format xlsx writes a binary workbook: give --output FILE.xlsx", error);
    }

    private static string Fields(RegisterRow r) =>
        string.Join("|", r.Id, r.Kind, r.Description, r.RiskType, r.Owner, r.Inherent, r.Residual, r.DirectionOfTravel, r.Source, r.Target ?? string.Empty);

    private static RegisterRow Row(string id, string description, string inherent, string residual) =>
        new(0, id, "risk", description, "Economic", "MT", inherent, residual, "Level", "x", null);

    private static void WriteWorkbook(string path, string sheet, IEnumerable<RegisterRow> rows)
    {
        using var file = File.Create(path);
        MiniExcel.SaveAs(file, Table(rows), sheetName: sheet);
    }

    /// <summary>The rows under council headings; whole-number scores as numbers, as a spreadsheet holds them.</summary>
    private static List<Dictionary<string, object?>> Table(IEnumerable<RegisterRow> rows) => rows.Select(row => Headings.ToDictionary(
        h => h.Heading,
        h => h.Cell(row) is { } text && (h.Heading.EndsWith("Score", StringComparison.Ordinal)) && Regex.IsMatch(text, "^[0-9]+$")
            ? (object?)int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
            : h.Cell(row) ?? string.Empty)).ToList();
}
