using System;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

public sealed class KpiPeriodTests
{
    [Fact]
    public void CompareTo_PeriodsEndingLater_SortAfter()
    {
        KpiPeriod q4 = KpiPeriod.Ending(2017, 3, "Q4 2016/17");
        KpiPeriod q1 = KpiPeriod.Ending(2017, 6, "Q1 2017/18");

        Assert.True(q4.CompareTo(q1) < 0);
        Assert.True(q1.CompareTo(q4) > 0);
    }

    [Fact]
    public void Equals_SameEndMonthDifferentLabel_AreEqual()
    {
        Assert.Equal(KpiPeriod.Ending(2018, 3, "2017/18"), KpiPeriod.Ending(2018, 3, "31 March 2018"));
        Assert.Equal("2018-03", KpiPeriod.Ending(2018, 3).Label);
    }

    [Theory]
    [InlineData(1, 2017, 6)]
    [InlineData(2, 2017, 9)]
    [InlineData(3, 2017, 12)]
    [InlineData(4, 2018, 3)]
    public void FromQuarter_2017To18_EndsInTheQuartersLastMonth(int number, int year, int month)
    {
        KpiPeriod period = KpiPeriod.FromQuarter(new Quarter(2017, number));

        Assert.Equal(KpiPeriod.Ending(year, month), period);
        Assert.Equal("Q" + number + " 2017/18", period.Label);
    }

    [Theory]
    [InlineData(2018, 0)]
    [InlineData(2018, 13)]
    [InlineData(1899, 1)]
    public void Ending_OutOfRange_Throws(int year, int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiPeriod.Ending(year, month));
    }
}
