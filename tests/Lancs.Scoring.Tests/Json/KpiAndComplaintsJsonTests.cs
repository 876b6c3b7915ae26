using System.Linq;
using System.Text.Json;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Json;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Tests.Complaints;
using Xunit;
using static Lancs.Scoring.Complaints.ComplaintOutcome;
using static Lancs.Scoring.Complaints.ComplaintStage;

namespace Lancs.Scoring.Tests.Json;

/// <summary>The KPI and complaints parts of the JSON contract: bands, movements and outcome shares by name and number.</summary>
public sealed class KpiAndComplaintsJsonTests
{
    private static readonly KpiPeriod March2017 = KpiPeriod.Ending(2017, 3, "Q4 2016/17");
    private static readonly KpiPeriod June2017 = KpiPeriod.Ending(2017, 6, "Q1 2017/18");

    [Fact]
    public void Write_KpiReport_WritesBandsMovementsAndComparatorsByName()
    {
        var report = new KpiScorer(KpiCatalogue.Papers).Score(new[]
        {
            KpiObservation.Create("CLA-RATE", March2017, 80.0m),
            KpiObservation.Create("CLA-RATE", June2017, 76.4m, new System.Collections.Generic.Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = 60.0m, [ComparatorKind.NorthWest] = 82.0m }),
            KpiObservation.FromText("CLA-RATE", KpiPeriod.Ending(2017, 9), "n/a"),
            KpiObservation.Create("NO-SUCH-CODE", June2017, 1m),
        });
        var streamed = JsonText.Streamed(report, "papers");

        var read = JsonSerializer.Deserialize(streamed, ScoringJsonContext.Default.KpiScoreReportJson)!;

        Assert.Equal(JsonText.Serialized(KpiScoreReportJson.From(report, "papers")), streamed);
        Assert.Equal(streamed, JsonText.Serialized(read));
        Assert.Equal("papers", read.Catalogue);
        Assert.Equal(report.Results.Select(r => (r.Indicator.Code, r.Observation.Period.Label, r.Observation.Value, r.Band?.Name, r.Movement.Name, r.Direction.Name, r.Target.Name)),
            read.Results.Select(r => (r.Indicator, r.Period, r.Value, r.Band, r.Movement, r.Direction, r.Target)));
        var june = read.Results.Single(r => r.Period == "Q1 2017/18");
        Assert.Equal(("2017-06", 76.4m, "Q4 2016/17", "Improved"), (june.PeriodEnd, june.Value!.Value, june.PreviousPeriod, june.Direction));
        Assert.Equal(new[] { ("England", 60.0m, "Worse"), ("NorthWest", 82.0m, "Better") }, june.Comparisons.Select(c => (c.Comparator, c.Value, c.Verdict)));
        Assert.Equal(report.Rejections.Select(r => (r.Entry, r.Field)), read.Rejections.Select(r => (r.Entry, r.Field)));
        Assert.NotEmpty(read.Rejections);
        Assert.Contains("\"band\":\"" + june.Band + "\"", streamed);
    }

    [Fact]
    public void Write_Complaints_WritesOutcomeSharesOverTheClosedAndStageZeroOverTheReceived()
    {
        // 000:911 and 000:929: 220 children's complaints received, 60 resolved at Stage 0, 27 exceeded the timescale, 25 open.
        var complaints = new Cohort(ComplaintStream.ChildrensSocialCare)
            .Closed(60, ResolvedEarly, Stage0).Closed(27, ComplaintOutcome.NotUpheld, Stage1, exceededTimescale: true).Closed(108, PartlyUpheld, Stage1)
            .Open(25, Stage1);
        var classifier = new ComplaintClassifier();
        var classification = classifier.Classify(complaints.Complaints);
        var figures = classifier.CheckPrintedFigures(new[] { PrintedFigure.Share("ASC complaints about care providers", 75, 479, 15, "000:828") }).ToArray();
        var streamed = JsonText.Streamed(classification, figures);

        var read = JsonSerializer.Deserialize(streamed, ScoringJsonContext.Default.ComplaintsJson)!;

        Assert.Equal(JsonText.Serialized(ComplaintsJson.From(classification, figures)), streamed);
        Assert.Equal(streamed, JsonText.Serialized(read));
        var report = Assert.Single(read.Reports);
        Assert.Equal(("2016/17", "ChildrensSocialCare", 220, 25, 195), (report.Year, report.Stream, report.Received, report.Open, report.ClosedWithOutcome));
        Assert.Equal((60, 220, 27), (report.Stage0.Count, report.Stage0.Of, report.Stage0.Percent));
        Assert.Equal((27, 220, 12), (report.TimescaleExceeded.Count, report.TimescaleExceeded.Of, report.TimescaleExceeded.Percent));
        Assert.Equal(new[] { ("Justified", 108, 195, 55), ("NotUpheld", 27, 195, 14), ("NippedInTheBud", 60, 195, 31) },
            report.Outcomes.Select(o => (o.Group, o.Count, o.Of, o.Percent)));
        Assert.Equal(220, report.ReceivedByStream["ChildrensSocialCare"]);
        Assert.Equal(new[] { "ASC complaints about care providers: printed 15%, the counts give 16% (75 of 479) at 000:828" }, read.FigureFindings);
    }
}
