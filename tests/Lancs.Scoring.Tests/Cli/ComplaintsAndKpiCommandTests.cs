using System;
using System.IO;
using Lancs.Scoring.Cli;
using Xunit;
using static Lancs.Scoring.Tests.Cli.CliRun;

namespace Lancs.Scoring.Tests.Cli;

/// <summary>The kpi and complaints commands with issue 16's results: honest totals, deadlines from dates, RAG and long-term direction.</summary>
public sealed class ComplaintsAndKpiCommandTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data");
    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-cli-16-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Complaints_ReportCounts_AdultSocialCareLineSaysTheFileHoldsOnlyTheJointComplaints()
    {
        // The file holds the 33 joint complaints counted within adult social care's 479 (000:644, 802): never "33 received".
        var (code, output, _) = Run("complaints", Path.Combine(Data, "complaints", "2016-17-from-report-counts.csv"));

        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("2016/17 statutory adult social care: none of its own complaints are in this file", output);
        Assert.Contains("it holds only the joint complaints with the NHS (33), which count within statutory adult social care", output);
        Assert.DoesNotContain("statutory adult social care: 33 received", output);
        Assert.Contains("2016/17 joint complaints with the NHS: 33 received", output);
    }

    [Fact]
    public void Complaints_DatedExample_WorksTimescalesOutFromTheDates()
    {
        var (code, output, _) = Run("complaints", Path.Combine(Data, "complaints", "2023-24-dated-example.csv"));

        Assert.Equal(ExitCode.Success, code); // deadlines missed are findings, reported with exit code 0
        Assert.Contains("exceeded the statutory timescale         3 of 5 (60%)  (of those received; 4 judged from their dates, 1 from the record's flag)", output);
        Assert.Contains("1 open (1 of them joint complaints with the NHS)", output);
        Assert.Contains("EX-K2 (statutory children's social care, Stage1): missed the deadline to respond within 10 working days of receipt", output);
        Assert.Contains("due 2023-04-19, responded 2023-04-20, 1 working day late.", output);
        Assert.Contains("EX-C3 (corporate, Stage1): the response deadline was extended by 5 working days without a reason", output);
        Assert.DoesNotContain("EX-A1", output); // 6 months end on Boxing Day 2023: due the 27th, answered then
        Assert.DoesNotContain("EX-C1", output); // acknowledged on the 5th working day, the Coronation bank holiday skipped
    }

    [Fact]
    public void Complaints_Holidays_AddTheCouncilsClosureDaysToTheCalendar()
    {
        var complaints = Write("complaints.csv",
            "reference,stream,stage,received,closed,outcome,acknowledged\n" +
            "C-1,Corporate,Stage1,2023-05-02,2023-05-12,NotUpheld,2023-05-11\n");
        var holidays = Write("closures.csv", "date,name,note\n2023-05-09,County Hall closed,\n2023-05-13,Saturday,\n");

        var (without, before, _) = Run("complaints", complaints);
        var (with, after, _) = Run("complaints", complaints, "--holidays", holidays);

        Assert.Equal(ExitCode.Success, without); // a late acknowledgement is a finding
        Assert.Contains("due 2023-05-10, acknowledged 2023-05-11, 1 working day late.", before);
        Assert.Equal(ExitCode.Rejected, with); // the Saturday row is rejected
        Assert.DoesNotContain("missed the deadline", after);
        Assert.Contains("closures.csv line 3, date '2023-05-13': falls at a weekend", after);
    }

    [Fact]
    public void Complaints_BadTimescaleCells_AreRejectedNamingTheField()
    {
        var path = Write("complaints.csv",
            "reference,stream,stage,received,closed,outcome,exceeded_timescale,acknowledged,escalated,extension_days,extension_reason\n" +
            "C-1,Corporate,Stage1,2023-05-02,2023-05-12,NotUpheld,,05/05/2023,,,\n" +
            "C-2,Corporate,Stage1,2023-05-02,2023-05-12,NotUpheld,,,,ten,\n" +
            "C-3,Corporate,Stage1,2023-05-02,2023-05-12,NotUpheld,,2023-05-01,,,\n");

        var (code, output, _) = Run("complaints", path, "--as-at", "2024-03-31");

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Contains("C-1 (line 2), acknowledged '05/05/2023': not a date", output);
        Assert.Contains("C-2 (line 3), extension_days 'ten': write the extension as a whole number of working days", output);
        Assert.Contains("C-3 (corporate), acknowledged '2023-05-01': acknowledged before it was received (2023-05-02).", output);
    }

    [Fact]
    public void Complaints_AsAtNotADate_FailsWithAMessage()
    {
        var (code, _, error) = Run("complaints", Path.Combine(Data, "complaints", "2023-24-dated-example.csv"), "--as-at", "31/03/2024");

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("--as-at '31/03/2024' is not a date; write it as YYYY-MM-DD.", error);
    }

    [Fact]
    public void Kpi_PapersObservations_ShowTheDirectionAYearOn()
    {
        // 000:1636: the CPP rate 52.5 at Q1 2017/18 improved on Q4 (57.5) and on Q1 2016/17 (65.2).
        var (code, output, _) = Run("kpi", Path.Combine(Data, "kpi", "observations.csv"));

        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("Year on", output);
        Assert.Matches(@"CPP-RATE\s+Q1 2017/18\s+52\.5\s+Requires Improvement\s+MovedUp\s+Improved\s+Improved\s+NoTarget", output);
    }

    [Fact]
    public void Kpi_Indicators_BandByTargetAndReportDataOnly()
    {
        var (code, output, _) = Run("kpi", Path.Combine(Data, "kpi", "observations.csv"), "--indicators", Path.Combine(Data, "kpi", "indicators-rag-example.csv"));

        Assert.Equal(ExitCode.Success, code);
        Assert.Matches(@"CPMR18-569\s+2017/18\s+1761\s+Green\s+Stayed\s+Improved\s+Improved\s+Achieved", output);
        Assert.Matches(@"CAS-CALLS-ANSWERED-CUSTOM\.\.\. Q4 2015/16\s+90\.1\s+Green", output);
        Assert.Matches(@"CPMR18-454\s+2017/18\s+33353\s+DataOnly", output);
    }

    [Fact]
    public void Kpi_BadIndicatorRows_AreRejectedAndTheRestScored()
    {
        var indicators = Write("indicators.csv",
            "code,name,unit,polarity,scheme,target,tolerance,at_tolerance,blue_beyond,source\n" +
            "CPMR18-569,Admissions,Count,L,RAG,1795,five,,,x\n" +
            "CPMR18-454,Contacts,Count,-,RAG,,5%,,,x\n" +
            "NEW-1,New,Count,H,traffic lights,,,,,x\n");

        var (code, output, _) = Run("kpi", Path.Combine(Data, "kpi", "observations.csv"), "--indicators", indicators);

        Assert.Equal(ExitCode.Rejected, code);
        Assert.Contains("CPMR18-569 (line 2), tolerance 'five': write the Amber tolerance as an amount (2.5) or a percentage of target (5%).", output);
        Assert.Contains("CPMR18-454 (line 3), definition (missing): Indicator 'CPMR18-454', field polarity '-': an indicator banded by target needs a polarity of H or L.", output);
        Assert.Contains("NEW-1 (line 4), scheme 'traffic lights': write RAG, BRAG", output);
        Assert.Matches(@"CPMR18-569\s+2017/18\s+1761\s+NotBanded", output);
    }

    private string Write(string name, string text) => WriteFile(_scratch, name, text);
}
