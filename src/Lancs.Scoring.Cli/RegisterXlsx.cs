using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Lancs.Scoring.Risk;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Lancs.Scoring.Cli;

/// <summary>Reads a register kept in an Excel workbook (.xlsx): the named sheet or the first, its first non-empty row the
/// header, columns found by the tool's names, the usual council headings or <c>--columns</c>. A row that cannot be read is
/// reported with its sheet, row and column, and the rest are still read, as for CSV.</summary>
/// <remarks>MiniExcel reads the sheet row by row; <see cref="Workbook"/> has checked the zip's size first.</remarks>
internal static class RegisterXlsx
{
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static (List<RegisterRow> Rows, List<Rejection> Problems) Read(string path, string? sheet, RegisterColumns columns, TextWriter progress, InputLimits limits)
    {
        using var bytes = Workbook.Open(path, limits);
        var file = Path.GetFileName(path);
        var sheets = Guarded(path, () => MiniExcel.GetSheetNames(bytes));
        bytes.Position = 0;
        if (sheets.Count == 0)
        {
            throw new UsageException($"{Quoted.Clip(path)}: the workbook has no sheets.");
        }

        var name = sheet ?? sheets[0];
        if (!sheets.Contains(name))
        {
            throw new UsageException($"{Quoted.Clip(path)}: the workbook has no sheet '{Quoted.Clip(name)}'; its sheets are {string.Join(", ", sheets.Select(s => "'" + Quoted.Clip(s) + "'"))}.");
        }

        var rows = new List<RegisterRow>();
        var problems = new List<Rejection>();
        var configuration = new OpenXmlConfiguration { EnableSharedStringCache = false, IgnoreEmptyRows = false };
        Dictionary<string, int>? header = null;
        string[] headers = Array.Empty<string>();
        var number = 0;
        foreach (var row in Guarded(path, () => MiniExcel.Query(bytes, useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX, configuration: configuration).ToList()))
        {
            number++;
            var cells = ((IDictionary<string, object?>)row).Values.Select(v => Workbook.Text(v).Replace("\r\n", "\n")).ToArray();
            if (header is null)
            {
                if (cells.All(c => c.Trim().Length == 0))
                {
                    continue;
                }

                (header, headers) = Header(path, name, number, cells, columns);
                continue;
            }

            if (number % 100_000 == 0)
            {
                progress.WriteLine($"{file}: {number:N0} rows read");
            }

            if (cells.All(c => c.Trim().Length == 0))
            {
                continue; // a blank row between entries, as a spreadsheet has
            }

            var where = $"{file} sheet '{Quoted.Clip(name)}' row {number}";
            if (Unreadable(where, cells, headers, limits) is { } rejection)
            {
                problems.Add(rejection);
                continue;
            }

            string Cell(string column) => header.TryGetValue(column, out var index) && index < cells.Length ? cells[index] : string.Empty;
            rows.Add(new RegisterRow(number, Cell("id"), Cell("kind"), Cell("description"), Cell("risk_type"), Cell("owner"),
                Cell("inherent"), Cell("residual"), Cell("direction_of_travel"), Cell("source"), Cell("target")));
        }

        if (header is null)
        {
            throw new UsageException($"{Quoted.Clip(path)}: the sheet '{Quoted.Clip(name)}' is empty; a register's sheet starts with a header row.");
        }

        return (rows, problems);
    }

    private static (Dictionary<string, int>, string[]) Header(string path, string sheet, int number, string[] cells, RegisterColumns columns)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var headers = new string[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            headers[i] = cells[i].Trim();
            if (headers[i].Length == 0)
            {
                continue;
            }

            var name = columns.NameOf(headers[i]);
            if (header.TryGetValue(name, out var earlier))
            {
                throw new UsageException(string.Format(CultureInfo.InvariantCulture,
                    "{0}: sheet '{1}' row {2}: the header gives the column '{3}' twice (columns {4} and {5}); each column may appear once.",
                    Quoted.Clip(path), Quoted.Clip(sheet), number, name, Workbook.ColumnLetters(earlier), Workbook.ColumnLetters(i)));
            }

            header.Add(name, i);
        }

        foreach (var required in RegisterColumns.Required)
        {
            if (!header.ContainsKey(required))
            {
                throw new UsageException($"{Quoted.Clip(path)}: sheet '{Quoted.Clip(sheet)}' row {number}: the header has no '{required}' column (it may be headed {RegisterColumns.HeadersFor(required)}); " +
                    $"the header reads {string.Join(", ", headers.Where(h => h.Length > 0).Take(12).Select(h => "'" + Quoted.Clip(h) + "'"))}. Name it with --columns {required}=\"Your Heading\".");
            }
        }

        return (header, headers);
    }

    private static Rejection? Unreadable(string where, string[] cells, string[] headers, InputLimits limits)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var field = $"{(i < headers.Length && headers[i].Length > 0 ? Quoted.Clip(headers[i]) : "column")} (column {Workbook.ColumnLetters(i)})";
            var cell = cells[i];
            if (cell.Length > limits.MaxCellLength)
            {
                return new Rejection(where, field, Quoted.Clip(cell), string.Format(CultureInfo.InvariantCulture,
                    "the cell holds {0:N0} characters, more than the {1:N0} a cell may; the row was skipped.", cell.Length, limits.MaxCellLength));
            }

            for (var k = 0; k < cell.Length; k++)
            {
                var c = cell[k];
                if ((c < ' ' && c != '\t' && c != '\n') || (c >= '\u007F' && c <= '\u009F'))
                {
                    return new Rejection(where, field, Quoted.Clip(cell), string.Format(CultureInfo.InvariantCulture,
                        "the cell holds the control character U+{0:X4} at position {1}; remove it; the row was skipped.", (int)c, k + 1));
                }
            }
        }

        return null;
    }

    /// <summary>Runs a MiniExcel call; anything it throws on a damaged workbook becomes a message naming the file.</summary>
    private static T Guarded<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not UsageException)
        {
            throw new UsageException($"{Quoted.Clip(path)}: the workbook cannot be read: {Quoted.Clip(ex.Message)}");
        }
    }
}
