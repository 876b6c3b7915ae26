using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Lancs.Scoring.Cli;
using Xunit;
using static Lancs.Scoring.Tests.Cli.CliRun;

namespace Lancs.Scoring.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private static readonly string Registers = Path.Combine(AppContext.BaseDirectory, "data", "registers");
    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-cli-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Rescore_RealRegisterWithPrevious_PrintsTheRegisterAndItsFindingsAndExitsZero()
    {
        var (code, output, _) = Run("rescore", Register("2017-18-Q2.csv"), "--previous", Register("2016-17-Q1.csv"));

        // Findings are the report's content, not a failure: a set -e script goes on (issue 13).
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("Findings (", output);
        Assert.Contains("Corporate risk and opportunity register, Q2 2017/18", output);
        Assert.Contains("CO3 Removed: on the previous register with residual 16", output);
        // The heat maps are kept per kind (risks 12: 9, 16: 7, 20: 1, 25: 1; opportunities 15: 1, 16: 3, 000:1515-1555), so
        // that an opportunity is never counted in a risk's Catastrophic row; their top row reads Outstanding (000:1559).
        Assert.Contains("Heat map of risks, residual scores (entries per cell)", output);
        Assert.Contains("By score: 15: 1 (CO5), 16: 3 (C01, C02, CO4); unplaced (score only): 4; total: 4", output);
        Assert.Matches(@"Heat map of opportunities, residual scores \(entries per cell\)\nOUTSTANDING ", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Rescore_MalformedRow_IsReportedWithLineAndColumnAndTheRestScored()
    {
        var path = Write("2017-18-Q2.csv",
            "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source\n" +
            "CR1,risk,First,Economic,MT,16,12,Level,x\n" +
            "CR2,risk,Sec\"ond,Economic,MT,16,12,Level,x\n" +
            "CR3,risk,Third,Economic,MT,16,7,Level,x\n" +
            "CR4,risk,Fourth,Economic,MT,25,16,Level,x\n");

        var (code, output, _) = Run("rescore", path, "--format", "json");

        Assert.Equal(ExitCode.Rejected, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(new[] { "CR1", "CR4" }, json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var rejections = json.RootElement.GetProperty("rejections").EnumerateArray().Select(r => (r.GetProperty("entry").GetString(), r.GetProperty("reason").GetString())).ToList();
        Assert.Equal("2017-18-Q2.csv line 3", rejections[0].Item1);
        // The field holding the stray quote starts at column 10 ("CR2,risk," is nine characters).
        Assert.StartsWith("malformed CSV at column 10", rejections[0].Item2);
        Assert.Equal("CR3 (line 4)", rejections[1].Item1);
    }

    [Fact]
    public void Rescore_CsvFormat_WritesOneRowPerEntry()
    {
        var (code, output, _) = Run("rescore", Register("2018-19-Q1.csv"), "--format", "csv");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ExitCode.Success, code);
        Assert.Equal("id,kind,inherent,residual,on_corporate_register,direction,stated_direction,findings,reason,target,inherent_cell,residual_cell,target_cell,appetite_zone",
            lines[0].TrimEnd());
        Assert.Equal(15, lines.Length);
    }

    [Fact]
    public void Explain_Entry_PrintsEveryRuleWithItsCitation()
    {
        var (code, output, _) = Run("explain", Register("2017-18-Q2.csv"), "CR4", "--previous", Register("2016-17-Q1.csv"));

        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("CR4 (Q2 2017/18): Delivering organisational transformation", output);
        Assert.Contains("ON the corporate register: residual 12 is 12 or above", output);
        Assert.Contains("rule 'Corporate register inclusion' (policy: 001:789", output);
        Assert.Contains("rule 'Remains on register'", output);
    }

    [Fact]
    public void Diff_RaisedThreshold_ListsTheEntriesThatLeave()
    {
        var oldPolicy = Write("old.json", "{}");
        var newPolicy = Write("new.json", "{ \"inclusionThreshold\": 16 }");

        var (code, output, _) = Run("diff", Register("2018-19-Q1.csv"), "--policy", oldPolicy, "--policy", newPolicy);

        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("Leaving the corporate register (5):", output);
        Assert.Contains("CR5    residual 12 is below 16", output);
        Assert.Contains("On the register: 14 before, 9 after.", output);
    }

    [Fact]
    public void Diff_SamePolicyTwice_ReportsNoDifferenceAndSucceeds()
    {
        var policy = Write("same.json", "{ \"inclusionThreshold\": 15 }");

        var (code, output, _) = Run("diff", Register("2018-19-Q1.csv"), "--previous", Register("2017-18-Q2.csv"), "--policy", policy, "--policy", policy);

        Assert.Equal(ExitCode.Success, code);
        Assert.DoesNotMatch(@"(?m)^(Entering|Leaving|Register changes|Directions of travel|Findings)", output);
        Assert.Matches(@"On the register: (\d+) before, \1 after\.", output);
    }

    [Fact]
    public void Diff_MatchingByDescription_ListsTheRewordedEntriesAsAddedAndRemovedWithNoDirection()
    {
        var byId = Write("by-id.json", "{ \"matching\": \"ById\" }");
        var byDescription = Write("by-description.json", "{ \"matching\": \"ByIdAndDescription\" }");

        var (code, output, _) = Run("diff", Register("2018-19-Q1.csv"), "--previous", Register("2017-18-Q2.csv"), "--policy", byId, "--policy", byDescription);

        // After the 2018 renumbering CR2 names a different risk under the same id: matched by id it was rescored,
        // matched by id and description it is a new entry and the old one was removed, so it has no direction of travel.
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("CR2    Rescored -> Added, Removed", output);
        Assert.Contains("CR2    Downwards -> New", output);
        Assert.Contains("Findings that disappear", output);
        Assert.DoesNotContain("Entering the corporate register", output);
    }

    [Theory]
    [InlineData("2017-18-Q2.csv", "2017-18-Q2.csv", "for Q2 2017/18, which is not before the register being scored (Q2 2017/18)")]
    [InlineData("2016-17-Q1.csv", "2017-18-Q2.csv", "for Q2 2017/18, which is not before the register being scored (Q1 2016/17)")]
    public void Rescore_PreviousRegisterNotFromAnEarlierQuarter_IsAUsageErrorNamingBothQuarters(string register, string previous, string message)
    {
        var (code, output, error) = Run("rescore", Register(register), "--previous", Register(previous));

        Assert.Equal(ExitCode.Failure, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Rescore_JsonAcrossTheRenumbering_GivesEachEntrysPredecessorAndBothIdsOfEachChange()
    {
        var (_, output, _) = Run("rescore", Register("2018-19-Q1.csv"), "--previous", Register("2017-18-Q2.csv"), "--format", "json");

        using var document = System.Text.Json.JsonDocument.Parse(output);
        var root = document.RootElement;
        var cr2 = root.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "CR2");
        var cr1 = root.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "CR1");
        Assert.Equal("CR5", cr2.GetProperty("previous").GetProperty("id").GetString());
        Assert.Equal("Q2 2017/18", cr2.GetProperty("previous").GetProperty("quarter").GetString());
        Assert.Equal(16, cr2.GetProperty("previous").GetProperty("residual").GetInt32());
        Assert.False(cr1.TryGetProperty("previous", out _)); // the contract leaves out a field without a value (docs/json.md)
        Assert.Equal("New", cr1.GetProperty("direction").GetString());
        Assert.Equal("New", cr1.GetProperty("statedDirectionRead").GetString()); // "This is a new risk" (002:306)
        Assert.Contains(root.GetProperty("changes").EnumerateArray(), c => c.GetProperty("id").GetString() == "CR2"
            && c.TryGetProperty("previousId", out var was) && was.GetString() == "CR5");
        Assert.Contains(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "Renumbered"
            && f.GetProperty("previousId").GetString() == "CR5");
    }

    [Fact]
    public void Rescore_2018AgainstThe2017Register_ReportsTheRenumberingsByLineage()
    {
        var (_, output, _) = Run("rescore", Register("2018-19-Q1.csv"), "--previous", Register("2017-18-Q2.csv"));

        Assert.Contains("was CR5 in Q2 2017/18; residual remains at 16", output);
        Assert.Contains("CR2: continues CR5 of Q2 2017/18", output);
    }

    [Fact]
    public void Kpi_PapersObservations_BandsThemAsPrinted()
    {
        var (code, output, _) = Run("kpi", Path.Combine(AppContext.BaseDirectory, "data", "kpi", "observations.csv"));

        Assert.Equal(ExitCode.Success, code);
        Assert.Matches(@"CPP-RATE\s+Q1 2017/18\s+52\.5\s+Requires Improvement\s+MovedUp\s+Improved", output);
        Assert.Matches(@"CARE-LEAVERS-EET\s+Q1 2017/18\s+43\s+Requires Improvement\s+Dropped", output);
    }

    [Fact]
    public void Kpi_BadRows_AreRejectedNamingTheFieldAndTheRestBanded()
    {
        var path = Write("kpi.csv",
            "code,period,end,value,england\n" +
            "CPP-RATE,Q1 2017/18,2017-06,52.5,43.1\n" +
            "CPP-RATE,Q2 2017/18,2017-13,50,43.1\n" +
            "CPP-RATE,Q3 2017/18,2017-12,48,lots\n" +
            "NO-SUCH-KPI,Q1 2017/18,2017-06,1,\n");

        var (code, output, _) = Run("kpi", path);

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Contains("CPP-RATE (line 3), end '2017-13': the period end must be a month", output);
        Assert.Contains("CPP-RATE (line 4), england 'lots': not a number", output);
        Assert.Contains("NO-SUCH-KPI", output);
        Assert.Matches(@"CPP-RATE\s+Q1 2017/18\s+52\.5\s+Requires Improvement", output);
    }

    [Fact]
    public void Complaints_ReportCounts_PrintTheReportsPercentages()
    {
        var (code, output, _) = Run("complaints", Path.Combine(AppContext.BaseDirectory, "data", "complaints", "2016-17-from-report-counts.csv"));

        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("Ombudsman enquiries, adult social care: 30 received", output);
        Assert.Contains("council action sufficient                19 of 30 (63%)", output);
        Assert.Contains("additional action required               10 of 47 (21%)", output);
    }

    [Fact]
    public void Complaints_BadRows_AreRejectedNamingTheField()
    {
        var path = Write("complaints.csv",
            "reference,stream,stage,received,closed,outcome,exceeded_timescale\n" +
            "A-1,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no\n" +
            "A-2,AdultSocialCare,Stage0,01/06/2016,,,no\n" +
            "A-3,Adults,Stage0,2016-06-01,,,no\n" +
            "A-4,AdultSocialCare,Formal,2016-06-01,2016-06-05,NotProgressed,no\n");

        var (code, output, _) = Run("complaints", path);

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Contains("A-2 (line 3), received '01/06/2016': not a date", output);
        Assert.Contains("A-3 (line 4), stream 'Adults': not a stream", output);
        Assert.Contains("A-4 (statutory adult social care), outcome 'NotProgressed'", output);
        Assert.Contains("statutory adult social care: 1 received", output);
    }

    [Theory]
    [InlineData("frobnicate", "unknown command 'frobnicate'")]
    [InlineData("rescore", "rescore needs REGISTER: a register file")]
    [InlineData("rescore missing.csv", "missing.csv: no such file.")]
    [InlineData("rescore x.csv --format", "--format needs a value.")]
    [InlineData("rescore x.csv --colour red", "rescore does not take --colour")]
    public void Run_BadCommandLine_FailsWithAMessage(string commandLine, string message)
    {
        var (code, _, error) = Run(commandLine.Split(' '));

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Rescore_InvalidPolicy_FailsNamingTheField()
    {
        var policy = Write("bad.json", "{ \"inclusionThreshold\": 40 }");

        var (code, _, error) = Run("rescore", Register("2017-18-Q2.csv"), "--policy", policy);

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("inclusionThreshold: 40 is outside 1-25", error);
    }

    private static string Register(string file) => Path.Combine(Registers, file);

    private string Write(string name, string text) => WriteFile(_scratch, name, text);
}
