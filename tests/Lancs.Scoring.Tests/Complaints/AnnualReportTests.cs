using System.Linq;
using Lancs.Scoring.Complaints;
using Xunit;
using static Lancs.Scoring.Complaints.ComplaintOutcome;
using static Lancs.Scoring.Complaints.ComplaintStage;

namespace Lancs.Scoring.Tests.Complaints;

/// <summary>The 2016/17 annual complaints report (000:679-1148) reproduced from the counts it gives.</summary>
public sealed class AnnualReportTests
{
    private static readonly ComplaintClassifier Classifier = new();

    [Fact]
    public void CheckPrintedFigures_Report2016_FlagsExactlyTheFiguresThatDoNotAddUp()
    {
        var figures = PrintedFigures.Load();

        var findings = Classifier.CheckPrintedFigures(figures.Select(f => f.Figure));

        Assert.Equal(figures.Where(f => !f.AddsUp).Select(f => f.Figure.Name), findings.Select(f => f.Figure.Name));
        Assert.Equal(9, findings.Count);
    }

    [Fact]
    public void CheckPrintedFigures_Report2016_GivesTheSameFindingsInAnNRulesSession()
    {
        var figures = PrintedFigures.Load().Select(f => f.Figure).ToList();

        var inNRules = new ComplaintClassifier(null, Lancs.Scoring.Engine.RuleRuntime.NRules).CheckPrintedFigures(figures);

        Assert.Equal(Classifier.CheckPrintedFigures(figures).Select(f => f.Message), inNRules.Select(f => f.Message));
    }

    [Fact]
    public void CheckPrintedFigures_CareProviders_SaysWhatTheCountsGive()
    {
        var finding = Classifier.CheckPrintedFigures(new[] { PrintedFigure.Share("ASC complaints about care providers", 75, 479, 15, "000:828") }).Single();

        Assert.Equal("ASC complaints about care providers: printed 15%, the counts give 16% (75 of 479) at 000:828", finding.Message);
    }

    [Fact]
    public void Classify_OmbudsmanAdultEnquiries_GiveThePrintedShares()
    {
        // 000:877: of the 30 enquiries, almost 7% not upheld, 63% not progressed, 13% referred back, 17% upheld.
        var enquiries = new Cohort(ComplaintStream.OmbudsmanAdultSocialCare)
            .Closed(2, NotUpheld, Ombudsman).Closed(19, NotProgressed, Ombudsman).Closed(4, ReferredBack, Ombudsman).Closed(5, Upheld, Ombudsman);

        var report = Classifier.Classify(enquiries.Complaints).ReportFor(2016, ComplaintStream.OmbudsmanAdultSocialCare)!;

        Assert.Equal(30, report.Received);
        Assert.Equal(7, report.ShareOf(OutcomeGroup.NotUpheld).Rounded);
        Assert.Equal(63, report.ShareOf(OutcomeGroup.CouncilActionSufficient).Rounded);
        Assert.Equal(13, report.ShareOf(OutcomeGroup.ReferredBack).Rounded);
        Assert.Equal(17, report.ShareOf(OutcomeGroup.AdditionalActionRequired).Rounded);
    }

    [Fact]
    public void Classify_CorporateOmbudsmanEnquiries_FoldReferredBackIntoNotProgressed()
    {
        // 000:1107: 'not progressed' means referred back, a local resolution agreed or the LGO decided not to investigate.
        var enquiries = new Cohort(ComplaintStream.OmbudsmanCorporate)
            .Closed(2, ReferredBack, Ombudsman).Closed(1, LocalResolution, Ombudsman).Closed(2, NotProgressed, Ombudsman)
            .Closed(16, NotUpheld, Ombudsman).Open(3, Ombudsman);

        var report = Classifier.Classify(enquiries.Complaints).ReportFor(2016, ComplaintStream.OmbudsmanCorporate)!;

        Assert.Equal((24, 3, 21), (report.Received, report.Open, report.ClosedWithOutcome));
        Assert.Equal(5, report.ShareOf(OutcomeGroup.CouncilActionSufficient).Count);
        Assert.Equal(0, report.ShareOf(OutcomeGroup.AdditionalActionRequired).Count);
    }

    [Fact]
    public void Classify_ChildrensStageZeroAndTimescale_AreSharesOfComplaintsReceived()
    {
        // 000:911: 60 (27%) resolved at stage 0 of 220 received; 000:929: 27 (12%) exceeded the timescale; 195 closed, 25 open.
        var complaints = new Cohort(ComplaintStream.ChildrensSocialCare)
            .Closed(60, ResolvedEarly, Stage0).Closed(27, NotUpheld, Stage1, exceededTimescale: true).Closed(108, PartlyUpheld, Stage1)
            .Open(25, Stage1);

        var report = Classifier.Classify(complaints.Complaints).ReportFor(2016, ComplaintStream.ChildrensSocialCare)!;

        Assert.Equal(new Share(60, 220), report.Stage0);
        Assert.Equal(27, report.Stage0.Rounded);
        Assert.Equal(12, report.TimescaleExceeded.Rounded);
        Assert.Equal(195, report.ClosedWithOutcome);
    }

    [Fact]
    public void Classify_JointComplaints_CountInTheirOwnFiguresAndWithinAdultSocialCare()
    {
        // 000:863: 33 joint complaints: 7 not upheld, 6 partly upheld, 8 upheld, 4 withdrawn, 8 still open.
        var joint = new Cohort(ComplaintStream.JointWithNhs)
            .Closed(7, NotUpheld, Formal).Closed(6, PartlyUpheld, Formal).Closed(8, Upheld, Formal).Closed(4, Withdrawn, Stage0).Open(8, Formal);
        var adult = new Cohort(ComplaintStream.AdultSocialCare).Closed(10, ResolvedEarly, Stage0);

        var result = Classifier.Classify(joint.Complaints.Concat(adult.Complaints));

        var jointReport = result.ReportFor(2016, ComplaintStream.JointWithNhs)!;
        Assert.Equal((33, 8), (jointReport.Received, jointReport.Open));
        Assert.Equal(new Share(14, 25), jointReport.ShareOf(OutcomeGroup.Justified));
        Assert.Equal(43, result.ReportFor(2016, ComplaintStream.AdultSocialCare)!.Received);
        Assert.Equal(8, result.Open.Count);
    }

    [Fact]
    public void Classify_AdultComplaintsWithDates_25Of479ExceedTheSixMonthMaximum()
    {
        // 000:820 "Of the total number (479) of complaints received in 2016/17 just over 5% (25) exceeded the 6 month statutory
        // maximum timescale": here worked out from the dates, not taken from a flag. 446 adult and 33 joint complaints (000:644).
        var received = new System.DateTime(2016, 6, 1);
        var complaints = Enumerable.Range(0, 479).Select(i => Complaint.Create(
                $"ASC-{i}", i < 446 ? ComplaintStream.AdultSocialCare : ComplaintStream.JointWithNhs, Formal, received,
                i < 25 ? new System.DateTime(2016, 12, 2) : new System.DateTime(2016, 12, 1), Upheld)
            .WithTimeline(ComplaintTimeline.Create()))
            .ToList();

        var report = Classifier.Classify(complaints).ReportFor(2016, ComplaintStream.AdultSocialCare)!;

        Assert.Equal(new Share(25, 479), report.TimescaleExceeded);
        Assert.Equal((5, 479), (report.TimescaleExceeded.Rounded, report.Dated));
    }

    [Fact]
    public void Classify_NippedInTheBud_MeansDifferentOutcomesForStatutoryAndCorporateComplaints()
    {
        var statutory = new Cohort(ComplaintStream.AdultSocialCare).Closed(1, Withdrawn, Stage0).Closed(1, Signposted, Stage0);
        var corporate = new Cohort(ComplaintStream.Corporate).Closed(1, ResolvedAsRoutineBusiness, RoutineServiceIssue).Closed(1, ResolvedInformally, Informal);

        var result = Classifier.Classify(statutory.Complaints.Concat(corporate.Complaints));

        Assert.All(result.Classified, c => Assert.Equal(OutcomeGroup.NippedInTheBud, c.Group));
        Assert.Equal(4, result.Classified.Count);
    }
}
