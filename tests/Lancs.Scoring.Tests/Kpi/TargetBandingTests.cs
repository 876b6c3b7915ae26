using System;
using System.Linq;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

/// <summary>RAG by target and tolerance at its edges, both polarities, both boundary rules, with and without Blue.</summary>
public sealed class TargetBandingTests
{
    private static readonly KpiScorer Scorer = new(KpiTestIndicators.PapersAndRag);

    [Theory]
    [InlineData(95, "Blue")]     // more than 2 above the target of 90
    [InlineData(92, "Green")]    // exactly at the Blue margin: not Blue
    [InlineData(90, "Green")]    // at target: Green
    [InlineData(89.9, "Amber")]
    [InlineData(85, "Amber")]    // at the tolerance's edge: Amber (within includes the edge)
    [InlineData(84.9, "Red")]
    public void ByTarget_HigherIsBetterWithBlue_BandsEachSideOfEveryEdge(double value, string band)
    {
        var banding = TargetBanding.Create(Tolerance.Absolute(5m), blue: Tolerance.Absolute(2m));

        Assert.Equal(band, KpiBanding.ByTarget(banding, Polarity.HigherIsBetter, (decimal)value, 90m).Name);
    }

    [Theory]
    [InlineData(1795, "Green")]       // 002:585 lower is better: at target is Green
    [InlineData(1761, "Green")]       // "have achieved the ... target of 1795"
    [InlineData(1884.75, "Red")]      // exactly 5% above under ToWorseBand: Red
    [InlineData(1884.74, "Amber")]
    [InlineData(1795.01, "Amber")]
    public void ByTarget_LowerIsBetterPercentOfTargetEdgeRed_BandsEachSideOfEveryEdge(double value, string band)
    {
        var banding = TargetBanding.Create(Tolerance.PercentOfTarget(5m), BoundaryRule.ToWorseBand);

        Assert.Equal(band, KpiBanding.ByTarget(banding, Polarity.LowerIsBetter, (decimal)value, 1795m).Name);
    }

    [Theory]
    [InlineData(90, "Green")]
    [InlineData(89.99, "Red")]
    public void ByTarget_ZeroTolerance_HasNoAmberAndTheTargetStaysGreen(double value, string band)
    {
        var banding = TargetBanding.Create(Tolerance.Absolute(0m), BoundaryRule.ToWorseBand);

        Assert.Equal(band, KpiBanding.ByTarget(banding, Polarity.HigherIsBetter, (decimal)value, 90m).Name);
    }

    [Fact]
    public void ByTarget_BlueWithZeroMargin_IsAnythingBetterThanTarget()
    {
        var banding = TargetBanding.Create(Tolerance.Absolute(5m), blue: Tolerance.Absolute(0m));

        Assert.Equal("Blue", KpiBanding.ByTarget(banding, Polarity.LowerIsBetter, 1794m, 1795m).Name);
        Assert.Equal("Green", KpiBanding.ByTarget(banding, Polarity.LowerIsBetter, 1795m, 1795m).Name);
    }

    [Fact]
    public void Score_RagIndicator_UsesTheObservationsTargetOverTheIndicatorsAndSaysSo()
    {
        var results = Scorer.Score(new[]
        {
            KpiObservation.Create("TEST-RAG-H", KpiPeriod.Ending(2017, 6), 88m),
            KpiObservation.Create("TEST-RAG-H", KpiPeriod.Ending(2017, 9), 88m, target: 85m),
            KpiObservation.Create("TEST-BRAG-L", KpiPeriod.Ending(2017, 6), 100m),
            KpiObservation.Create("TEST-BRAG-L", KpiPeriod.Ending(2017, 9), null, target: 100m),
        }).Results;

        Assert.Equal(new[] { "Amber", "Green", "NotBanded", "NoValue" }, results.Select(r => r.Assignment.ToString()));
        Assert.Equal("88 against target 90: Green at or better than 90, Amber to 85 (5, the edge Amber), Red beyond.", results[0].Assignment.Reason);
        Assert.Equal("Indicator 'TEST-BRAG-L' is banded by target, and no target was given.", results[2].Assignment.Reason);
        Assert.Equal(BandMovement.MovedUp, results[1].Movement);
    }

    [Fact]
    public void Score_DataOnlyIndicator_IsReportedWithoutABandButWithItsDirection()
    {
        var results = Scorer.Score(new[]
        {
            KpiObservation.Create("TEST-DATA-ONLY", KpiPeriod.Ending(2017, 3), 31873m),
            KpiObservation.Create("TEST-DATA-ONLY", KpiPeriod.Ending(2018, 3), 33353m, target: 30000m),
        }).Results;

        Assert.All(results, r => Assert.Equal(BandStatus.DataOnly, r.Assignment.Status));
        Assert.Null(results[1].Band);
        Assert.Equal("Indicator 'TEST-DATA-ONLY' is data only: reported for information, without a band.", results[1].Assignment.Reason);
        Assert.Equal(KpiDirection.Unknown, results[1].Direction); // polarity '-': no better direction
        Assert.Equal(KpiPeriod.Ending(2017, 3), results[1].YearEarlierPeriod);
    }

    [Fact]
    public void CreateRag_WithoutPolarity_ThrowsNamingTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => KpiTestIndicators.Rag(Polarity.None, Tolerance.Absolute(1m)));

        Assert.StartsWith("Indicator 'TEST-RAG', field polarity '-': an indicator banded by target needs a polarity of H or L.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateRag_SchemeFollowsTheBlueMargin()
    {
        Assert.Equal(BandingScheme.RedAmberGreen, KpiTestIndicators.Rag(Polarity.HigherIsBetter, Tolerance.Absolute(1m)).Scheme);
        Assert.Equal(BandingScheme.BlueRedAmberGreen, KpiTestIndicators.Rag(Polarity.HigherIsBetter, Tolerance.Absolute(1m), blue: Tolerance.Absolute(0m)).Scheme);
        Assert.Equal(new[] { "Blue", "Green", "Amber", "Red" }, BandingScheme.BlueRedAmberGreen.Bands.Select(b => b.Name));
        Assert.True(KpiTestIndicators.Rag(Polarity.HigherIsBetter, Tolerance.Absolute(1m)).IsBanded);
    }

    [Theory]
    [InlineData(1761, "Green")]
    [InlineData(1795, "Green")]
    [InlineData(1850, "Amber")]
    [InlineData(1900, "Red")]
    public void DocsExample_BcfAdmissionsWithin5PercentOfTarget_AsDocsKpiMdSays(int value, string band)
    {
        // docs/kpi.md, "RAG by target and tolerance".
        var admissions = Indicator.CreateRag("BCF-ADMISSIONS", "Permanent admissions 65+", KpiUnit.Count, Polarity.LowerIsBetter,
            TargetBanding.Create(Tolerance.PercentOfTarget(5m)), target: 1795m, source: "002:569, 002:585");
        var scorer = new KpiScorer(KpiCatalogue.Papers.With(new[] { admissions }));

        Assert.Equal(band, scorer.Score(new[] { KpiObservation.Create("BCF-ADMISSIONS", KpiPeriod.Ending(2018, 3), value) }).Results.Single().Band!.Name);
    }

    [Fact]
    public void Tolerance_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.PercentOfTarget(-1m));
        Assert.Equal(89.75m, Tolerance.PercentOfTarget(5m).WidthAt(1795m));
        Assert.Equal("5% of target", Tolerance.PercentOfTarget(5m).ToString());
    }
}
