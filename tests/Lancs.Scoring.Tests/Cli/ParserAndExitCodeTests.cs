using System;
using System.IO;
using Lancs.Scoring.Cli;
using Xunit;
using static Lancs.Scoring.Tests.Cli.CliRun;

namespace Lancs.Scoring.Tests.Cli;

/// <summary>The System.CommandLine parser (issue 13): per-command help, --version, both option spellings, refusals with a
/// suggestion, the new options, and exit codes that fit scripts (0 findings reported, 1 rows rejected, 2 usage).</summary>
public sealed class ParserAndExitCodeTests : IDisposable
{
    private static readonly string Registers = Path.Combine(AppContext.BaseDirectory, "data", "registers");
    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-parser-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Theory]
    [InlineData("rescore", "--previous-quarter")]
    [InlineData("rescore", "--covering")]
    [InlineData("explain", "--policy")]
    [InlineData("diff", "--policy")]
    [InlineData("kpi", "--catalogue")]
    [InlineData("complaints", "--holidays")]
    public void Help_EveryCommand_ExitsZeroAndListsItsOptionsWithFormatAndFailOn(string command, string option)
    {
        foreach (var help in new[] { "--help", "-h" })
        {
            var (code, output, error) = Run(command, help);

            Assert.Equal(ExitCode.Success, code);
            Assert.Equal(string.Empty, error);
            // In process the usage line names the test host; the installed tool names itself lancs-scoring.
            Assert.Matches(@"Usage:\s+\S+ " + command + " <", output);
            Assert.Contains(option, output);
            Assert.Contains("--format", output);
            Assert.Contains("--fail-on", output);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("help")]
    [InlineData("--help")]
    public void Help_NoCommandOrHelp_ListsTheCommandsAndTheExitCodes(params string[] args)
    {
        var (code, output, _) = Run(args);

        Assert.Equal(ExitCode.Success, code);
        foreach (var command in new[] { "rescore", "explain", "diff", "kpi", "complaints" })
        {
            Assert.Matches(@"(?m)^  " + command + " <", output);
        }

        Assert.Contains("1 rows were rejected", output);
        Assert.DoesNotMatch(@"(?m)^  help ", output); // 'help' is kept for old scripts, not listed
    }

    [Fact]
    public void Version_PrintsTheToolsOwnVersion()
    {
        var (code, output, _) = Run("--version");

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(CommandLine.Version, output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Fact]
    public void Format_EqualsSignAndShortAlias_ReadAsTheLongForm()
    {
        var register = Register("2018-19-Q1.csv");
        var (_, spaced, _) = Run("rescore", register, "--format", "json");
        var (equalsCode, equals, _) = Run("rescore", register, "--format=json");
        var (shortCode, alias, _) = Run("rescore", register, "-f", "json");

        Assert.Equal(ExitCode.Success, equalsCode);
        Assert.Equal(ExitCode.Success, shortCode);
        Assert.StartsWith("{", spaced);
        Assert.Equal(spaced, equals);
        Assert.Equal(spaced, alias);
    }

    [Theory]
    [InlineData("rescore|{register}|--fromat|json", "rescore does not take --fromat. Did you mean '--format'?")]
    [InlineData("rescore|{register}|--previus|x.csv", "Did you mean '--previous'?")]
    [InlineData("rescre|{register}", "unknown command 'rescre'. Did you mean 'rescore'?")]
    [InlineData("rescore|{register}|-x", "rescore does not take -x.")]
    [InlineData("rescore|{register}|{register}", "rescore takes one file; '")]
    [InlineData("explain|{register}|CR1|CR2", "explain takes REGISTER and ID; 'CR2' is one too many")]
    [InlineData("--format|json", "'--format' is no option of the tool's own; a command comes first")]
    [InlineData("kpi|{register}|--fail-on|always", "--fail-on 'always' is not one of rejections, findings, never.")]
    public void Refused_UnknownOptionsAndStrayArguments_ExitTwoWithASuggestion(string commandLine, string message)
    {
        var (code, output, error) = Run(commandLine.Replace("{register}", Register("2018-19-Q1.csv")).Split('|'));

        Assert.Equal(ExitCode.Failure, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error);
        Assert.Contains("--help", error);
    }

    [Fact]
    public void FailOn_RealRegisterWithFindings_ZeroByDefaultOneForFindings()
    {
        var args = new[] { "rescore", Register("2017-18-Q2.csv"), "--previous", Register("2016-17-Q1.csv") };

        Assert.Equal(ExitCode.Success, Run(args).Code);
        Assert.Equal(ExitCode.Success, Run([.. args, "--fail-on", "rejections"]).Code);
        Assert.Equal(ExitCode.Rejected, Run([.. args, "--fail-on", "findings"]).Code);
        Assert.Equal(ExitCode.Success, Run([.. args, "--fail-on", "never"]).Code);
    }

    [Fact]
    public void FailOn_RejectedRow_OneByDefaultZeroForNever()
    {
        var register = Write("2017-18-Q2.csv", "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source\n" +
            "CR1,risk,First,Economic,MT,16,12,Level,x\nCR2,risk,Second,Economic,MT,7,7,Level,x\n");

        var (code, output, _) = Run("rescore", register);

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Contains("CR2 (line 3), inherent '7'", output);
        Assert.Equal(ExitCode.Success, Run("rescore", register, "--fail-on", "never").Code);
        Assert.Equal(ExitCode.Rejected, Run("rescore", register, "--fail-on", "findings").Code);
    }

    [Fact]
    public void PreviousQuarter_GivesTheQuarterOfAPreviousFileWhoseNameDoesNot()
    {
        var previous = Write("last-quarter.csv", File.ReadAllText(Register("2016-17-Q1.csv")));

        var (without, _, error) = Run("rescore", Register("2017-18-Q2.csv"), "--previous", previous);
        var (code, output, _) = Run("rescore", Register("2017-18-Q2.csv"), "--previous", previous, "--previous-quarter", "2016/17 Q1");

        Assert.Equal(ExitCode.Failure, without);
        Assert.Contains("give it with --previous-quarter \"2017/18 Q2\"", error);
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("CO3 Removed: on the previous register with residual 16", output);
    }

    [Fact]
    public void Covering_TheCoveringReports_AreCheckedAgainstTheTable()
    {
        var args = new[] { "rescore", Register("2017-18-Q2.csv"), "--previous", Register("2016-17-Q1.csv"), "--format", "json" };

        var (_, without, _) = Run(args);
        var (code, with, _) = Run([.. args, "--covering", Path.Combine(Registers, "covering-reports.csv")]);

        Assert.Equal(ExitCode.Success, code);
        Assert.DoesNotContain("NotInCoveringReport", without);
        // The Q2 2017/18 covering report (000:1437-1488) names no opportunity C01, which the table carries at 16.
        Assert.Contains("C01: on the register with residual 16, but the covering report does not mention it.", with);
    }

    [Fact]
    public void Covering_BadStatement_IsRejectedNamingLineAndField()
    {
        var covering = Write("covering.csv", "quarter,id,change,stated_residual,source\n2018/19 Q1,CR1,remains,,x\n2018/19 Q1,CR2,vanished,,y\n");

        var (code, output, _) = Run("rescore", Register("2018-19-Q1.csv"), "--covering", covering);

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Contains("covering.csv line 3, change 'vanished': not a change the report can state", output);
    }

    [Fact]
    public void Covering_NoStatementAboutTheQuarter_IsSaidOnStandardError()
    {
        var covering = Write("covering.csv", "quarter,id,change,stated_residual,source\n2016/17 Q1,CR1,remains,,x\n");

        var (code, _, error) = Run("rescore", Register("2018-19-Q1.csv"), "--covering", covering);

        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("covering.csv: no statement is about Q1 2018/19 (1 are about other quarters); the covering report is not checked.", error);
    }

    [Fact]
    public void Catalogue_AJsonCatalogue_ScoresAgainstIt_AndABadOneIsAUsageErrorNamingItsField()
    {
        var papers = Write("papers.json", Lancs.Scoring.Kpi.KpiCatalogue.Papers.ToJson());
        var bad = Write("catalogue.json", "{ \"indicators\": 12 }");
        var observations = Path.Combine(AppContext.BaseDirectory, "data", "kpi", "observations.csv");

        var (withPapers, output, _) = Run("kpi", observations, "--catalogue", papers);
        var (code, _, error) = Run("kpi", observations, "--catalogue", bad);

        Assert.Equal((ExitCode.Success, Run("kpi", observations).Output), (withPapers, output));
        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("indicators", error);
    }

    [Fact]
    public void Output_WritesTheReportToTheFileAndNothingToStandardOutput()
    {
        var path = Path.Combine(_scratch, "report.json");

        var (code, output, _) = Run("rescore", Register("2018-19-Q1.csv"), "--format", "json", "-o", path);

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("{", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("explain", "CR1")]
    [InlineData("kpi", null)]
    [InlineData("complaints", null)]
    public void Format_Json_OnEveryCommand_WritesAnObject(string command, string? id)
    {
        var file = command switch
        {
            "kpi" => Path.Combine(AppContext.BaseDirectory, "data", "kpi", "observations.csv"),
            "complaints" => Path.Combine(AppContext.BaseDirectory, "data", "complaints", "2016-17-from-report-counts.csv"),
            _ => Register("2018-19-Q1.csv"),
        };
        string[] args = id is null ? [command, file, "--format", "json"] : [command, file, id, "--format", "json"];

        var (code, output, _) = Run(args);

        Assert.Equal(ExitCode.Success, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public void Diff_Json_ListsTheEntriesThatLeave()
    {
        var raised = Write("raised.json", "{ \"inclusionThreshold\": 16 }");

        var (code, output, _) = Run("diff", Register("2018-19-Q1.csv"), "--policy", "default", "--policy", raised, "--format", "json", "--fail-on", "findings");

        Assert.Equal(ExitCode.Rejected, code); // differences count as findings for --fail-on findings
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(5, json.RootElement.GetProperty("leaving").GetArrayLength());
        Assert.Equal(9, json.RootElement.GetProperty("onRegister")[1].GetInt32());
    }

    [Fact]
    public void CouncilsOwnIds_RescoreAndExplain_UnderAPolicyWithAnIdPattern()
    {
        var policy = Write("rsk.json", "{ \"idPattern\": \"RSK-[0-9]+\", \"kindFrom\": \"column\" }");
        var register = Write("2017-18-Q2.csv", "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source\n" +
            "RSK-99,risk,Data protection,Legal,MT,20,16,Level,\nRSK-7,opportunity,Income growth,Economic,MT,16,12,Level,\nRSK-8,,No kind,Economic,MT,16,12,Level,\n");

        var (rescored, table, errors) = Run("rescore", register, "--policy", policy);
        var (explained, why, _) = Run("explain", register, "rsk-99", "--policy", policy);

        Assert.Equal(ExitCode.Rejected, rescored);   // RSK-8 has no kind
        Assert.Contains("RSK-99", table);
        Assert.Contains("RSK-8 (line 4), kind", table + errors);
        Assert.Equal(ExitCode.Success, explained);
        Assert.Contains("RSK-99: residual 16 is 12 or above", why);
    }

    private static string Register(string file) => Path.Combine(Registers, file);

    private string Write(string name, string text) => WriteFile(_scratch, name, text);
}
