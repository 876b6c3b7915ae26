using System.Collections.Generic;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

public sealed class KpiObservationTests
{
    private static readonly KpiPeriod March2018 = KpiPeriod.Ending(2018, 3, "2017/18");

    [Theory]
    [InlineData("1,875", "1875")]
    [InlineData("20.0", "20.0")]
    [InlineData(" 43 ", "43")]
    public void FromText_PrintedNumber_KeepsTheDecimalExactly(string text, string expected)
    {
        KpiObservation observation = KpiObservation.FromText("CLA-RATE", March2018, text);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), observation.Value);
        Assert.False(observation.IsUnreadable);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void FromText_Empty_HasNoValueAndIsNotUnreadable(string? text)
    {
        KpiObservation observation = KpiObservation.FromText("CLA-RATE", March2018, text);

        Assert.False(observation.HasValue);
        Assert.False(observation.IsUnreadable);
    }

    [Theory]
    [InlineData("New measure")] // 002:465 prints "New measure" where a value would be
    [InlineData("n/a")]
    public void FromText_Words_AreUnreadableNotGuessed(string text)
    {
        KpiObservation observation = KpiObservation.FromText("CLA-RATE", March2018, text);

        Assert.True(observation.IsUnreadable);
        Assert.Equal(text, observation.ValueText);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e30)]
    public void FromDouble_NotAFiniteDecimal_IsUnreadable(double value)
    {
        Assert.True(KpiObservation.FromDouble("CLA-RATE", March2018, value).IsUnreadable);
    }

    [Fact]
    public void Create_Comparators_AreCopiedSoTheCallerCannotChangeThem()
    {
        var comparators = new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = 62.0m };
        KpiObservation observation = KpiObservation.Create("CLA-RATE", March2018, 79.7m, comparators);

        comparators[ComparatorKind.England] = 0m;

        Assert.Equal(62.0m, observation.Comparators[ComparatorKind.England]);
        Assert.Equal("CLA-RATE @ 2017/18: 79.7", observation.ToString());
    }
}
