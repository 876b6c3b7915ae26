using System;
using System.IO;
using System.Linq;
using System.Text;
using Lancs.Scoring.Cli;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Risk;
using Xunit;
using static Lancs.Scoring.Tests.Cli.CliRun;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>One test per defect of issue 14, each failing before its fix (docs/reliability.md, "Defects fixed"). They use
/// only the public library and the command line, so that they run unchanged against the code before the fixes.</summary>
public sealed class DefectRegressionTests : IDisposable
{
    private const string Header = "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source";
    private static readonly Quarter Q2 = Quarter.Parse("2017/18 Q2");
    private static readonly RegisterScorer Scorer = new();
    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-defects-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Theory]
    [InlineData("١٦")]
    [InlineData("１６")]
    [InlineData("१६")]
    [InlineData("٧")]
    public void Rescore_ScoreInAnotherScriptsDigits_IsRejectedNotThrown(string score)
    {
        var result = Scorer.Rescore(Q2, new[] { Row(2, "CR1", score), Row(3, "CR2", "16") });

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(("CR1 (line 2)", "inherent"), (rejection.Entry, rejection.Field));
        Assert.Equal("CR2", Assert.Single(result.Entries).Entry.Id.Raw);
    }

    [Theory]
    [InlineData("0000-06")]
    [InlineData("99999-06")]
    [InlineData("1850-06")]
    public void Kpi_PeriodEndOutsideTheSupportedYears_IsRejectedNotThrown(string end)
    {
        var (code, output, _) = Run("kpi", Write("kpi.csv", "code,period,end,value\nCPP-RATE,Q1 2017/18,2017-06,52.5\nCPP-RATE,odd," + end + ",50\n"));

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Contains($"CPP-RATE (line 3), end '{end}': the period end must be a month", output);
        Assert.Matches(@"CPP-RATE\s+Q1 2017/18\s+52\.5", output);
    }

    [Fact]
    public void Kpi_BlankIndicatorCode_IsRejectedNotThrown()
    {
        var (code, output, _) = Run("kpi", Write("kpi.csv", "code,period,end,value\n,Q1 2017/18,2017-06,52.5\nCPP-RATE,Q1 2017/18,2017-06,52.5\n"));

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Contains("(no code) (line 2), code (missing): every observation needs its indicator's code", output);
        Assert.Matches(@"CPP-RATE\s+Q1 2017/18\s+52\.5", output);
    }

    [Fact]
    public void Rescore_UnbalancedQuoteOnRow3Of100000_CostsThatRowOnly()
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 100_000; i++)
        {
            // Ids have at most four digits, so 100,000 entries are numbered as sub-items: CR1.1 to CR1000.100.
            text.Append("CR").Append((i / 100) + 1).Append('.').Append((i % 100) + 1).Append(i == 2 ? ",risk,\"Third" : ",risk,Entry").Append(",Economic,MT,16,12,Level,x\n");
        }

        var (code, output, error) = Run("rescore", Write("2017-18-Q2.csv", text.ToString()), "--format", "csv");

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Equal(99_999, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        var rejected = Assert.Single(error.Split('\n'), l => l.StartsWith("rejected:", StringComparison.Ordinal));
        Assert.StartsWith("rejected: 2017-18-Q2.csv line 4, description 'CR1.3,risk,\"Third,Economic,MT,16,12,Level,x': malformed CSV at column 12", rejected);
        Assert.True(rejected.Length < 400, $"{rejected.Length} characters");
    }

    [Fact]
    public void Rescore_QuoteThatRunsOntoTheNextLine_IsReportedOnItsOwnLineAndTheNextRowKept()
    {
        var path = Write("2017-18-Q2.csv", Header + "\nCR1,risk,First,E,MT,16,12,Level,x\nCR2,risk,\"Second,E,MT,16,12,Level,x\nCR3,risk,\"Third\",E,MT,16,12,Level,x\n");

        var (_, output, error) = Run("rescore", path, "--format", "csv");

        Assert.StartsWith("rejected: 2017-18-Q2.csv line 3,", error);
        Assert.Contains("\nCR3,risk,", output);
    }

    [Fact]
    public void Rescore_TwoResidualColumns_IsAUsageErrorNotTheFirstOneSilently()
    {
        var path = Write("2017-18-Q2.csv", Header.Replace("residual", "residual,residual") + "\nCR1,risk,First,E,MT,16,12,9,Level,x\n");

        var (code, _, error) = Run("rescore", path);

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("the header names the column 'residual' twice (columns 7 and 8)", error);
    }

    [Fact]
    public void FromJson_SameKeyTwice_IsRejectedNotTheLastSilently()
    {
        var ex = Assert.Throws<PolicyException>(() => ScoringPolicy.FromJson("{ \"inclusionThreshold\": 12, \"inclusionThreshold\": 16 }"));

        Assert.Equal("inclusionThreshold: given 2 times; give each field once.", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Rescore_Latin1Bytes_RejectTheirRowNamingTheEncoding()
    {
        var path = Path.Combine(_scratch, "2017-18-Q2.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(Header + "\nCR1,risk,Caf\u00e9 services,E,MT,16,12,Level,x\nCR2,risk,Second,E,MT,16,12,Level,x\n"));

        var (code, output, error) = Run("rescore", path, "--format", "csv");

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Contains("rejected: 2017-18-Q2.csv line 2, description 'Caf\uFFFD services': the cell holds U+FFFD, the mark of bytes that are not UTF-8", error);
        Assert.DoesNotContain("CR1,", output);
    }

    [Fact]
    public void Complaints_SameReferenceTwice_IsCountedOnce()
    {
        var path = Write("complaints.csv", "reference,stream,stage,received,closed,outcome,exceeded_timescale\n" +
            "A-1,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no\nA-1,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no\n");

        var (code, output, _) = Run("complaints", path);

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Contains("statutory adult social care: 1 received", output);
        Assert.Contains("A-1 (line 3), reference 'A-1': line 2 has the same reference", output);
    }

    [Fact]
    public void Classify_SameReferenceTwice_RejectsTheSecond()
    {
        var complaint = Complaint.Create("A-1", ComplaintStream.AdultSocialCare, ComplaintStage.Stage0, new DateTime(2016, 6, 1));

        var result = new ComplaintClassifier().Classify(new[] { complaint, complaint });

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(("A-1 (statutory adult social care)", "reference"), (rejection.Entry, rejection.Field));
        Assert.Single(result.Open);
    }

    [Fact]
    public void Rescore_StraySecondFile_IsAUsageErrorNotIgnored()
    {
        var registers = Path.Combine(AppContext.BaseDirectory, "data", "registers");

        var (code, _, error) = Run("rescore", Path.Combine(registers, "2018-19-Q1.csv"), Path.Combine(registers, "2017-18-Q2.csv"));

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("is one too many (a previous quarter's register goes after --previous)", error);
    }

    [Fact]
    public void Rescore_CellOf10Megabytes_IsRejectedAndNotEchoed()
    {
        var path = Write("2017-18-Q2.csv", Header + "\nCR1,risk," + new string('d', 10 << 20) + ",E,MT,16,12,Level,x\nCR2,risk,Second,E,MT,16,12,Level,x\n");

        var (code, output, error) = Run("rescore", path, "--format", "json");

        Assert.Equal(ExitCode.Rejected, code);
        Assert.True(output.Length + error.Length < 20_000, $"{output.Length + error.Length} characters of output");
        Assert.Contains("the line is longer than 262,144 characters", output);
    }

    [Fact]
    public void FromJson_NameOf100Megabytes_IsRefusedAndNotEchoed()
    {
        var ex = Assert.Throws<PolicyException>(() => ScoringPolicy.FromJson("{ \"name\": \"" + new string('n', 100 << 20) + "\" }"));

        Assert.True(ex.Message.Length < 500, $"{ex.Message.Length} characters");
    }

    [Fact]
    public void FromJson_NameLongerThan200_IsRejectedQuotingAtMost200()
    {
        var ex = Assert.Throws<PolicyException>(() => ScoringPolicy.FromJson("{ \"name\": \"" + new string('n', 5000) + "\" }"));

        Assert.StartsWith("name: '" + new string('n', 200) + "… (5,000 characters in all)' is 5,000 characters", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Rescore_Directory_IsReportedAsADirectory()
    {
        var (code, _, error) = Run("rescore", _scratch);

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains(": is a directory; give a file.", error);
    }

    [Fact]
    public void Rescore_IdWithAZeroWidthSpace_IsRejectedShowingTheCharacter()
    {
        var result = Scorer.Rescore(Q2, new[] { Row(2, "CR1\u200B", "16") });

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal("CR1\\u200B (line 2)", rejection.Entry);
        Assert.Contains("'CR1\\u200B' is not a register identification number: it holds the invisible character U+200B at position 4", rejection.Reason);
    }

    [Fact]
    public void Explain_IdWhoseLongerNamesakeWasRejected_SaysItIsNotInTheRegister()
    {
        var path = Write("2017-18-Q2.csv", Header + "\nCR12,risk,Twelve,E,MT,7,4,Level,x\nCR2,risk,Second,E,MT,16,12,Level,x\n");

        var (code, _, error) = Run("explain", path, "CR1");

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("CR1 is not in the register.", error);
        Assert.DoesNotContain("CR12", error);
    }

    [Fact]
    public void Classify_NullComplaint_IsRejectedNotThrown()
    {
        var complaint = Complaint.Create("A-1", ComplaintStream.AdultSocialCare, ComplaintStage.Stage0, new DateTime(2016, 6, 1));

        var result = new ComplaintClassifier().Classify(new[] { null!, complaint });

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(("complaint 1", "complaint"), (rejection.Entry, rejection.Field));
        Assert.Single(result.Open);
    }

    [Theory]
    [InlineData("Major×Unlikely", 8, null)]
    [InlineData("Major x Unlikely (note)", 8, "(note)")]
    [InlineData("4 × 4 (following review)", 16, "(following review)")]
    [InlineData("012", 12, null)]
    public void TryParse_FormsAcceptedElsewhere_AreAcceptedHereToo(string cell, int score, string? note)
    {
        Assert.True(Assessment.TryParse(cell, out var assessment, out var error), error);
        Assert.Equal((score, note), (assessment.Score.Value, assessment.Note));
    }

    [Theory]
    [InlineData("CR1", "risk", "Outstanding x Likely", "'Outstanding' is the opportunity wording of impact 5")]
    [InlineData("CO1", "opportunity", "Catastrophic x Likely", "'Catastrophic' is the risk wording of impact 5")]
    public void Rescore_ImpactWordOfTheOtherKind_IsRejected(string id, string kind, string cell, string reason)
    {
        var result = Scorer.Rescore(Q2, new[] { new RegisterRow(2, id, kind, "A description", "Economic", "MT", cell, "4", "Level", null) });

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal("inherent", rejection.Field);
        Assert.StartsWith(reason, rejection.Reason);
    }

    [Fact]
    public void RescoreInPartitions_SameRegister_SplitsTheSameWayInEveryProcess()
    {
        var ids = Enumerable.Range(1, 12).Select(i => "CR" + i).Concat(new[] { "CO1", "CO2" }).ToList();
        var entries = ids.Select((id, i) => new RegisterEntry(EntryId.Parse(id), Q2, "Entry " + id, Assessment.FromScore(RiskScore.FromValue(16)),
            Assessment.FromScore(RiskScore.FromValue(12)), StatedDirection.Parse(null), position: i)).ToList();

        var parts = Scorer.RescoreInPartitions(Q2, entries, partitionSize: 5).Select(p => string.Join(" ", p.Entries.Select(e => e.Entry.Id.Raw))).ToList();

        // FNV-1a of the normalised id, modulo 3: fixed, unlike string.GetHashCode, which .NET seeds per process.
        Assert.Equal(new[] { "CR1 CR4 CR7 CR12 CO2", "CR3 CR6 CR9 CR10", "CR2 CR5 CR8 CR11 CO1" }, parts);
    }

    private static RegisterRow Row(int line, string id, string inherent) => new(line, id, null, "A description", "Economic", "MT", inherent, null, "Level", null);

    private string Write(string name, string text) => WriteFile(_scratch, name, text);
}
