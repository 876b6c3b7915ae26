using System;
using System.Collections.Generic;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

public sealed class IndicatorTests
{
    [Fact]
    public void Create_ThresholdsOutOfOrder_ThrowsNamingIndicatorFieldAndValue()
    {
        var error = Assert.Throws<ArgumentException>(() => KpiTestIndicators.Categories(Polarity.LowerIsBetter, BoundaryRule.ToBetterBand, 45m, 65m, 55m));

        Assert.StartsWith(
            "Indicator 'TEST', field thresholds[2] '55': thresholds must rise strictly from the best band to the worst, but 55 follows 65; they are out of order or overlap.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OverlappingThresholds_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => KpiTestIndicators.Categories(Polarity.HigherIsBetter, BoundaryRule.ToBetterBand, 95m, 90m, 90m));

        Assert.StartsWith(
            "Indicator 'TEST', field thresholds[2] '90': thresholds must fall strictly from the best band to the worst, but 90 follows 90; they are out of order or overlap.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WrongNumberOfThresholds_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => KpiTestIndicators.Categories(Polarity.HigherIsBetter, BoundaryRule.ToBetterBand, 95m, 90m));

        Assert.StartsWith(
            "Indicator 'TEST', field thresholds '2': scheme 'Threshold categories' has 4 bands, so it needs 3 thresholds (or none).",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SeveralProblems_ReportsThemAllAtOnce()
    {
        var error = Assert.Throws<ArgumentException>(() => Indicator.Create(
            "VOLUME", "Contacts", KpiUnit.Count, Polarity.None, BandingScheme.CorporateKey2018, new[] { Threshold.Absolute(1m), Threshold.Absolute(2m) }, target: 5m));

        Assert.Contains("Indicator 'VOLUME', field polarity '-': an indicator with thresholds needs a polarity of H or L.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Indicator 'VOLUME', field target '5': an indicator with a target needs a polarity of H or L.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ThresholdOutsideBounds_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Indicator.Create(
            "PCT", "Share", KpiUnit.Percentage, Polarity.HigherIsBetter, BandingScheme.CorporateKey2018, new[] { Threshold.Absolute(101m), Threshold.Absolute(90m) }));

        Assert.StartsWith("Indicator 'PCT', field thresholds[0] '101': must lie within the indicator's bounds.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_StandingComparatorOutsideBounds_Throws()
    {
        var standing = new Dictionary<ComparatorKind, decimal> { [ComparatorKind.NorthWest] = -3m };

        var error = Assert.Throws<ArgumentException>(() => Indicator.Create("RATE", "Rate", KpiUnit.RatePer10000, Polarity.LowerIsBetter, null, comparators: standing));

        Assert.StartsWith("Indicator 'RATE', field comparators.NorthWest '-3': must lie within the indicator's bounds.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MaximumNotAboveMinimum_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Indicator.Create("PCT", "Share", KpiUnit.Percentage, Polarity.HigherIsBetter, null, minimum: 50m, maximum: 50m));

        Assert.StartsWith("Indicator 'PCT', field maximum '50': must be above the minimum 50.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ThresholdsWithoutScheme_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Indicator.Create("PCT", "Share", KpiUnit.Percentage, Polarity.HigherIsBetter, null, new[] { Threshold.Absolute(50m) }));

        Assert.StartsWith("Indicator 'PCT', field scheme '': an indicator with thresholds needs a band scheme.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Defaults_AreBetterBandUnitBoundsAndNoTarget()
    {
        Indicator indicator = Indicator.Create("PCT", "Share", KpiUnit.Percentage, Polarity.HigherIsBetter, BandingScheme.CorporateKey2018);

        Assert.Equal(BoundaryRule.ToBetterBand, indicator.Boundary);
        Assert.Equal(0m, indicator.Minimum);
        Assert.Equal(100m, indicator.Maximum);
        Assert.Null(indicator.Target);
        Assert.Empty(indicator.Comparators);
        Assert.False(indicator.IsBanded);
        Assert.False(indicator.ThresholdsAreIllustrative);
    }

    [Theory]
    [InlineData("-0.1", false)]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("100.1", false)]
    public void IsWithinBounds_Percentage_IsInclusiveZeroToHundred(string value, bool within)
    {
        Indicator indicator = Indicator.Create("PCT", "Share", KpiUnit.Percentage, Polarity.HigherIsBetter, null);

        Assert.Equal(within, indicator.IsWithinBounds(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Create_RelativeThresholdsAndStandingComparators_AreKept()
    {
        var standing = new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = 50m };

        Indicator indicator = KpiTestIndicators.RelativeToEngland(Polarity.HigherIsBetter, standing);

        Assert.True(indicator.HasRelativeThresholds);
        Assert.Equal(50m, indicator.Comparators[ComparatorKind.England]);
        Assert.Equal("England average × 0.9 + 0", indicator.Thresholds[1].ToString());
    }
}
