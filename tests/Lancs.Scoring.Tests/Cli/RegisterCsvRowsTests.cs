using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Cli;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Cli;

/// <summary>The rows a bulk re-score reads as the scorer takes them (issue 15): the same rows and problems as reading the file
/// whole, read once, and the same command output.</summary>
public sealed class RegisterCsvRowsTests : IDisposable
{
    private static readonly string Registers = Path.Combine(AppContext.BaseDirectory, "data", "registers");
    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-streamed-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Open_ARegisterWithAMalformedRow_GivesTheRowsAndProblemsOfReadingItByColumnName()
    {
        var path = CliRun.WriteFile(_scratch, "2017-18-Q2.csv",
            "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source\n"
            + "CR1,risk,Budget,Financial,MT,16,12,Level,x\nCR2,risk,\"Cyber,Digital,MT,9,6,Level,x\nCR3,risk,Flood,Environmental,MT,20,15,Level,x\n");
        // The reference: the same file through CsvRows' by-name cells, as the register was read before it was streamed.
        var wholeProblems = new List<Rejection>();
        List<RegisterRow> whole;
        using (var csv = CsvRows.Open(path, "register", RegisterColumns.Required, "id,...", wholeProblems))
        {
            whole = csv.Read(TextWriter.Null).Select(r => new RegisterRow(r.Line, r.Cell("id"), r.Cell("kind"), r.Cell("description"), r.Cell("risk_type"),
                r.Cell("owner"), r.Cell("inherent"), r.Cell("residual"), r.Cell("direction_of_travel"), r.Cell("source"), r.Cell("target"))).ToList();
        }

        var problems = new List<Rejection>();

        using var streamed = RegisterCsv.Open(path, TextWriter.Null, problems, InputLimits.Default);
        Assert.Empty(problems); // nothing is read until the rows are asked for
        var rows = streamed.ToList();

        Assert.Equal(whole.Select(Describe), rows.Select(Describe));
        Assert.Equal(wholeProblems.Select(p => p.ToString()), problems.Select(p => p.ToString()));
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void GetEnumerator_ASecondTime_IsRefused()
    {
        using var streamed = RegisterCsv.Open(Path.Combine(Registers, "2017-18-Q2.csv"), TextWriter.Null, new List<Rejection>(), InputLimits.Default);
        Assert.NotEmpty(streamed.ToList());

        Assert.Throws<InvalidOperationException>(() => streamed.ToList());
    }

    [Fact]
    public void Rescore_Streamed_WritesWhatTheWholeFilesGive()
    {
        var current = Path.Combine(Registers, "2018-19-Q1.csv");
        var previous = Path.Combine(Registers, "2017-18-Q2.csv");
        var (rows, _) = RegisterCsv.Read(current, TextWriter.Null);
        var (previousRows, _) = RegisterCsv.Read(previous, TextWriter.Null);
        var expected = new RegisterScorer().Rescore(Quarter.Parse("2018/19 Q1"), rows, Quarter.Parse("2017/18 Q2"), previousRows);

        var (code, output, _) = CliRun.Run("rescore", current, "--previous", previous, "--format", "json");

        Assert.Equal(ExitCode.Success, code);
        using var written = new MemoryStream();
        Lancs.Scoring.Json.ScoringJson.Write(written, expected, new Lancs.Scoring.Json.ScoringJsonOptions { IncludeExplanations = false, Indented = true });
        Assert.Equal(System.Text.Encoding.UTF8.GetString(written.ToArray()).TrimEnd(), output.TrimEnd());
    }

    private static string Describe(RegisterRow row) => string.Join("|", row.Line, row.Id, row.Kind, row.Description, row.RiskType, row.Owner, row.Inherent,
        row.Residual, row.DirectionOfTravel, row.Source, row.Target);
}
