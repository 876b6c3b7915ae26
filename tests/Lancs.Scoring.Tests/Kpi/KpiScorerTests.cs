using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

public sealed partial class KpiScorerTests
{
    private static readonly KpiScorer Papers = new(KpiCatalogue.Papers);
    private static readonly KpiPeriod June2017 = KpiPeriod.Ending(2017, 6, "Q1 2017/18");

    [Fact]
    public void Score_ClaRateAgainstComparators_IsInadequateYetBetterThanNorthWest()
    {
        KpiResult result = Papers.Score(new[] { Observation("CLA-RATE", 76.4m, (ComparatorKind.England, 60.0m), (ComparatorKind.NorthWest, 82.0m), (ComparatorKind.StatisticalNeighbours, 63.0m)) }).Results.Single();

        Assert.Equal("Inadequate", result.Band!.Name);
        Assert.Equal(
            new[] { "England:Worse", "NorthWest:Better", "StatisticalNeighbours:Worse" },
            result.Comparisons.Select(c => c.Comparator.Name + ":" + c.Verdict.Name));
    }

    [Fact]
    public void Score_ValueEqualToEngland_IsSameNotBetter()
    {
        KpiResult result = Papers.Score(new[] { Observation("RE-REFERRAL-MONTHLY", 21.9m, (ComparatorKind.England, 21.9m)) }).Results.Single();

        Assert.Equal(ComparatorVerdict.Same, result.Comparisons.Single().Verdict);
        Assert.Equal("Requires Improvement", result.Band!.Name);
    }

    [Theory]
    [InlineData(1760, "Achieved")]
    [InlineData(1761, "Achieved")] // 002:585 "have achieved the Q4 Better Care Fund target of 1795"
    [InlineData(1795, "Achieved")] // lower is better: equal to the target is achieved
    [InlineData(1796, "NotAchieved")]
    public void Score_LowerIsBetterTarget_AchievedAtOrBelow(int value, string attainment)
    {
        KpiResult result = Papers.Score(new[] { KpiObservation.Create("CPMR18-569", KpiPeriod.Ending(2018, 3), value) }).Results.Single();

        Assert.Equal(attainment, result.Target.Name);
    }

    [Theory]
    [InlineData("89.9", "NotAchieved")]
    [InlineData("90.0", "Achieved")]
    [InlineData("90.1", "Achieved")] // 001:1098 Customer Contact 90.1 against % SLA 90: met
    public void Score_HigherIsBetterTarget_AchievedAtOrAbove(string value, string attainment)
    {
        var observation = KpiObservation.FromText("CAS-CALLS-ANSWERED-CUSTOMER-CONTACT", KpiPeriod.Ending(2016, 3), value);

        Assert.Equal(attainment, Papers.Score(new[] { observation }).Results.Single().Target.Name);
    }

    [Fact]
    public void Score_ObservationTarget_TakesPrecedenceAndNoValueIsUnknown()
    {
        var claims = KpiObservation.Create("CPMR18-616", KpiPeriod.Ending(2018, 3), 2097m, target: 1500m); // 002:624 "exceeded"
        var nothing = KpiObservation.Create("CPMR18-569", KpiPeriod.Ending(2018, 3), null);
        var untargeted = KpiObservation.Create("CLA-RATE", June2017, 70m);

        var results = Papers.Score(new[] { claims, nothing, untargeted }).Results;

        Assert.Equal(new[] { TargetAttainment.Achieved, TargetAttainment.Unknown, TargetAttainment.NoTarget }, results.Select(r => r.Target));
    }

    [Fact]
    public void Score_PreviousPeriod_IsTheLatestEarlierOneWhateverTheInputOrder()
    {
        var q1 = KpiObservation.Create("CPP-RATE", June2017, 52.5m);
        var q4 = KpiObservation.Create("CPP-RATE", KpiPeriod.Ending(2017, 3, "Q4 2016/17"), 57.5m);
        var lastYear = KpiObservation.Create("CPP-RATE", KpiPeriod.Ending(2016, 6, "Q1 2016/17"), 65.2m);

        var results = Papers.Score(new[] { q1, lastYear, q4 }).Results;

        Assert.Equal("Q4 2016/17", results[0].PreviousPeriod!.Label);
        Assert.Null(results[1].PreviousPeriod);
        Assert.Equal(BandMovement.Unknown, results[1].Movement);
        Assert.Equal("Q1 2016/17", results[2].PreviousPeriod!.Label);
    }

    [Fact]
    public void Score_RelativeThresholds_BandAgainstTheObservationsOrTheStandingComparator()
    {
        var standing = new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = 80m };
        var scorer = new KpiScorer(KpiCatalogue.Create(new[] { KpiTestIndicators.RelativeToEngland(Polarity.HigherIsBetter, standing) }));

        var results = scorer.Score(new[]
        {
            KpiObservation.Create("TEST-ENGLAND", KpiPeriod.Ending(2017, 3), 80m),
            KpiObservation.Create("TEST-ENGLAND", KpiPeriod.Ending(2018, 3), 80m, new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = 85m }),
            KpiObservation.Create("TEST-ENGLAND", KpiPeriod.Ending(2019, 3), 76m, new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = 85m }),
        }).Results;

        Assert.Equal(new[] { "On track/good", "Slightly below desired level", "Requires improvement" }, results.Select(r => r.Band!.Name));
        Assert.Equal(new[] { BandMovement.Unknown, BandMovement.Dropped, BandMovement.Dropped }, results.Select(r => r.Movement));
    }

    [Fact]
    public void Score_RelativeThresholdWithoutComparator_IsNotBandedAndSaysWhy()
    {
        var scorer = new KpiScorer(KpiCatalogue.Create(new[] { KpiTestIndicators.RelativeToEngland(Polarity.LowerIsBetter) }));

        KpiResult result = scorer.Score(new[] { KpiObservation.Create("TEST-ENGLAND", KpiPeriod.Ending(2018, 3), 12m) }).Results.Single();

        Assert.Equal(BandStatus.NotBanded, result.Assignment.Status);
        Assert.Equal("The England average its thresholds need was not given.", result.Assignment.Reason);
    }

    [Fact]
    public void Score_ThresholdsOfTwoComparatorsNotGiven_EachSaysWhichComparatorIsMissing()
    {
        // One assignment is shared per missing comparator (issue 15): each must still name its own comparator.
        static Indicator RelativeTo(string code, ComparatorKind kind) => Indicator.Create(code, "Test measure against " + kind.Label, KpiUnit.Percentage,
            Polarity.HigherIsBetter, BandingScheme.CorporateKey2018, new[] { Threshold.RelativeTo(kind), Threshold.RelativeTo(kind, 0.9m) },
            thresholdsAreIllustrative: true);
        var scorer = new KpiScorer(KpiCatalogue.Create(new[] { RelativeTo("TEST-NW", ComparatorKind.NorthWest), RelativeTo("TEST-SN", ComparatorKind.StatisticalNeighbours) }));

        var reasons = scorer.Score(new[]
        {
            KpiObservation.Create("TEST-NW", KpiPeriod.Ending(2018, 3), 12m),
            KpiObservation.Create("TEST-SN", KpiPeriod.Ending(2018, 3), 12m),
            KpiObservation.Create("TEST-NW", KpiPeriod.Ending(2018, 6), 13m),
        }).Results.Select(r => r.Assignment.Reason);

        Assert.Equal(new[]
        {
            "The North West average its thresholds need was not given.",
            "The statistical neighbours' average its thresholds need was not given.",
            "The North West average its thresholds need was not given.",
        }, reasons);
    }

    [Fact]
    public void Score_ComparatorPuttingRelativeThresholdsOutOfOrder_IsRejected()
    {
        var worseAboveEngland = Indicator.Create(
            "ODD", "Odd measure", KpiUnit.Percentage, Polarity.HigherIsBetter, BandingScheme.CorporateKey2018,
            new[] { Threshold.RelativeTo(ComparatorKind.England), Threshold.RelativeTo(ComparatorKind.England, 1m, 5m) });
        var scorer = new KpiScorer(KpiCatalogue.Create(new[] { worseAboveEngland }));
        var observation = KpiObservation.Create("ODD", KpiPeriod.Ending(2018, 3), 50m, new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = 40m });

        KpiScoreReport report = scorer.Score(new[] { observation });

        Assert.Empty(report.Results);
        Assert.Equal("comparators", Assert.Single(report.Rejections).Field);
        Assert.Equal("40 / 45", report.Rejections[0].AttemptedValue);
    }

    private static KpiObservation Observation(string code, decimal value, params (ComparatorKind Kind, decimal Value)[] comparators)
        => KpiObservation.Create(code, June2017, value, comparators.ToDictionary(c => c.Kind, c => c.Value));
}
