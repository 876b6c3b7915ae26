using System;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

public sealed class KpiBandingTests
{
    [Theory]
    [InlineData("0", "Outstanding")]
    [InlineData("44.9", "Outstanding")]
    [InlineData("45.0", "Outstanding")]
    [InlineData("45.1", "Good")]
    [InlineData("55.0", "Good")]
    [InlineData("55.1", "Requires Improvement")]
    [InlineData("65.0", "Requires Improvement")]
    [InlineData("65.1", "Inadequate")]
    public void Band_LowerIsBetterOnThresholdToBetterBand_GivesTheBetterBand(string value, string band)
    {
        Indicator indicator = KpiTestIndicators.Categories(Polarity.LowerIsBetter, BoundaryRule.ToBetterBand, 45.0m, 55.0m, 65.0m);

        Assert.Equal(band, KpiBanding.Band(indicator, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Name);
    }

    [Theory]
    [InlineData("44.9", "Outstanding")]
    [InlineData("45.0", "Good")]
    [InlineData("54.9", "Good")]
    [InlineData("55.0", "Requires Improvement")]
    [InlineData("64.9", "Requires Improvement")]
    [InlineData("65.0", "Inadequate")]
    public void Band_LowerIsBetterOnThresholdToWorseBand_GivesTheWorseBand(string value, string band)
    {
        Indicator indicator = KpiTestIndicators.Categories(Polarity.LowerIsBetter, BoundaryRule.ToWorseBand, 45.0m, 55.0m, 65.0m);

        Assert.Equal(band, KpiBanding.Band(indicator, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Name);
    }

    [Theory]
    [InlineData("100", "Outstanding")]
    [InlineData("95.0", "Outstanding")]
    [InlineData("94.9", "Good")]
    [InlineData("90.0", "Good")]
    [InlineData("89.9", "Requires Improvement")]
    [InlineData("80.0", "Requires Improvement")]
    [InlineData("79.9", "Inadequate")]
    public void Band_HigherIsBetterOnThresholdToBetterBand_GivesTheBetterBand(string value, string band)
    {
        Indicator indicator = KpiTestIndicators.Categories(Polarity.HigherIsBetter, BoundaryRule.ToBetterBand, 95.0m, 90.0m, 80.0m);

        Assert.Equal(band, KpiBanding.Band(indicator, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Name);
    }

    [Theory]
    [InlineData("95.1", "Outstanding")]
    [InlineData("95.0", "Good")]
    [InlineData("90.1", "Good")]
    [InlineData("90.0", "Requires Improvement")]
    [InlineData("80.1", "Requires Improvement")]
    [InlineData("80.0", "Inadequate")]
    public void Band_HigherIsBetterOnThresholdToWorseBand_GivesTheWorseBand(string value, string band)
    {
        Indicator indicator = KpiTestIndicators.Categories(Polarity.HigherIsBetter, BoundaryRule.ToWorseBand, 95.0m, 90.0m, 80.0m);

        Assert.Equal(band, KpiBanding.Band(indicator, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Name);
    }

    [Fact]
    public void Band_IndicatorWithRelativeThresholds_ThrowsNamingTheIndicator()
    {
        Indicator indicator = KpiTestIndicators.RelativeToEngland(Polarity.HigherIsBetter);

        var error = Assert.Throws<InvalidOperationException>(() => KpiBanding.Band(indicator, 50m));

        Assert.Equal("Indicator 'TEST-ENGLAND' has no fixed thresholds; use Assign with an observation that carries its comparators.", error.Message);
    }

    [Theory]
    [InlineData("Good", "Outstanding", "MovedUp")]
    [InlineData("Good", "Good", "Stayed")]
    [InlineData("Good", "Inadequate", "Dropped")]
    public void Movement_TwoBandedPeriods_ComparesRanks(string before, string after, string movement)
    {
        var scheme = BandingScheme.ThresholdCategories;
        var previous = BandAssignment.Banded(scheme.FindBand(before), "test");
        var current = BandAssignment.Banded(scheme.FindBand(after), "test");

        Assert.Equal(movement, KpiBanding.Movement(previous, current).Name);
    }

    [Fact]
    public void Movement_PreviousNotBanded_IsUnknown()
    {
        var current = BandAssignment.Banded(BandingScheme.ThresholdCategories.Best, "test");

        Assert.Equal(BandMovement.Unknown, KpiBanding.Movement(BandAssignment.NoValue("test"), current));
        Assert.Equal(BandMovement.Unknown, KpiBanding.Movement(null, current));
    }

    [Theory]
    [InlineData("H", "10", "11", "Improved")]
    [InlineData("H", "10", "9", "Worsened")]
    [InlineData("L", "10", "9", "Improved")]
    [InlineData("L", "10", "11", "Worsened")]
    [InlineData("L", "10", "10.0", "Unchanged")]
    [InlineData("-", "10", "11", "Unknown")]
    public void Direction_TwoValues_FollowsPolarity(string polarity, string before, string after, string direction)
    {
        Polarity parsed = polarity == "H" ? Polarity.HigherIsBetter : polarity == "L" ? Polarity.LowerIsBetter : Polarity.None;

        KpiDirection result = KpiBanding.Direction(parsed, decimal.Parse(before, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(after, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(direction, result.Name);
    }
}
