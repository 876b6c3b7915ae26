using System;
using System.IO;
using System.Linq;
using Lancs.Scoring.Cli;
using Lancs.Scoring.Risk;
using Xunit;
using static Lancs.Scoring.Tests.Cli.CliRun;

namespace Lancs.Scoring.Tests.Cli;

/// <summary>What reaches a terminal (issue 13): the Spectre.Console table with full descriptions and highlighted
/// findings, the plain table when redirected, and in both no control or bidi character of a cell, raw.</summary>
public sealed class TerminalOutputTests : IDisposable
{
    private const string Header = "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source\n";
    private static readonly string Registers = Path.Combine(AppContext.BaseDirectory, "data", "registers");
    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-terminal-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    /// <summary>A register whose cells carry what a terminal must never receive raw: ANSI escapes (rejected rows, quoted
    /// in the rejection), a bare carriage return, C1 controls, and bidi overrides and isolates (read as text).</summary>
    private string HostileRegister() => WriteFile(_scratch, "2017-18-Q2.csv", Header +
        "CR1,risk,\"Pay \u202Eroll\u202C and \u2066isolated\u2069 text\",Economic,MT,25,16,Level,x\n" +
        "CR2,risk,\"\u001B[2J\u001B]0;owned\u0007\",Economic,MT,16,12,Level,x\n" +
        "CR3,risk,\"over\rwritten\",Economic,MT,16,12,Level,x\n" +
        "CR4,risk,\"next\u0085line \u009B31m\",Economic,MT,16,12,Level,x\n");

    [Fact]
    public void PlainTable_HostileCells_AreEscaped()
    {
        var (code, output, _) = Run("rescore", HostileRegister());

        Assert.Equal(ExitCode.Rejected, code);
        Assert.DoesNotContain(output, Reliability.PrintableProperties.Dangerous);
        Assert.DoesNotContain('\r', output);
        Assert.Contains("Pay \\u202Eroll\\u202C and \\u2066isolated\\u2069 text", output);
        Assert.Contains("\\u001B[2J\\u001B]0;owned\\u0007", output);
        Assert.Matches(@"(?m)^  CR3 .* over$", output); // the CSV reader reads a quoted bare CR as a line break: never sent raw
        Assert.Contains("\\u009B31m", output);
    }

    [Fact]
    public void TerminalTable_HostileCells_AreEscapedWhileItsOwnColoursRemain()
    {
        var register = HostileRegister();
        var (rows, problems) = RegisterCsv.Read(register, TextWriter.Null);
        var result = new RegisterScorer().Rescore(Quarter.Parse("2017/18 Q2"), rows);
        using var coloured = new StringWriter();
        using var plain = new StringWriter();

        TerminalTables.Write(result, problems, coloured, ansi: true);
        TerminalTables.Write(result, problems, plain, ansi: false);

        Assert.Contains("\u001B[", coloured.ToString()); // the table's own styles (the rejected rows in red)
        Assert.DoesNotContain("\u001B[2J", coloured.ToString());
        Assert.DoesNotContain("\u001B]", coloured.ToString());
        Assert.DoesNotContain(coloured.ToString(), c => Reliability.PrintableProperties.Dangerous(c) && c != '\u001B');
        Assert.DoesNotContain(plain.ToString(), Reliability.PrintableProperties.Dangerous);
        Assert.Contains("\\u001B[2J", plain.ToString());
        Assert.Contains("\\u202Eroll", plain.ToString());
    }

    [Fact]
    public void Terminal_RealRegister_ShowsATableWithFullDescriptionsAndTheFindings()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CommandLine.Run(new[] { "rescore", Path.Combine(Registers, "2017-18-Q2.csv"), "--previous", Path.Combine(Registers, "2016-17-Q1.csv") },
            output, error, InputLimits.Default, Terminal.Interactive);

        Assert.Equal(ExitCode.Success, code);
        var text = output.ToString();
        Assert.Contains("╭", text); // a Spectre table, not the plain one
        Assert.Contains("Findings (9):", text);
        // CR1's description in full (124 characters), wrapped, where the plain table cuts it at 70.
        var words = string.Join(" ", text.Split('\n').Where(l => l.Contains("│", StringComparison.Ordinal)).Select(l => l.Split('│')[^2].Trim()));
        Assert.Contains("the delivery of planned budget reductions", words);
    }

    [Fact]
    public void Terminal_Progress_ShowsReadingScoringAndWritingOnStandardErrorOnly()
    {
        var path = Path.Combine(_scratch, "report.json");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CommandLine.Run(new[] { "rescore", Path.Combine(Registers, "2017-18-Q2.csv"), "--format", "json", "-o", path },
            output, error, InputLimits.Default, Terminal.Interactive);

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Contains("Reading", error.ToString());
        Assert.Contains("Scoring", error.ToString());
        Assert.Contains("Writing", error.ToString());
        Assert.StartsWith("{", File.ReadAllText(path));
    }

    [Fact]
    public void Redirected_Progress_ShowsNothingButTheReadersLines()
    {
        var (_, _, error) = Run("rescore", Path.Combine(Registers, "2017-18-Q2.csv"), "--format", "json");

        Assert.DoesNotContain("Reading", error);
        Assert.DoesNotContain("Scoring", error);
    }

    [Fact]
    public void Redirected_RealRegister_KeepsThePlainTable()
    {
        var (_, output, _) = Run("rescore", Path.Combine(Registers, "2017-18-Q2.csv"));

        Assert.DoesNotContain("╭", output);
        Assert.Contains("  CR1          25       16  -          (narrative)  Failure to implement fully the councils medium term financial strat...", output);
    }
}
