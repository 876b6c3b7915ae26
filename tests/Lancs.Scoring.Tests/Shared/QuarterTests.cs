using System;
using FsCheck.Xunit;
using Lancs.Scoring.Testing;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Tests.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Shared;

public sealed class QuarterTests
{
    [Theory]
    [InlineData("2017/18 Q2", 2017, 2)]
    [InlineData("Q2 2017/18", 2017, 2)]
    [InlineData("2017-18-Q2", 2017, 2)]
    [InlineData(" q1 2018/19 ", 2018, 1)]
    [InlineData("2016/17 Q1", 2016, 1)]
    [InlineData("1999/00 Q4", 1999, 4)]
    [InlineData("9998/99 Q4", 9998, 4)]
    [InlineData("1900/01 Q1", 1900, 1)]
    public void Parse_AcceptedForm_ReadsYearAndNumber(string text, int year, int number)
    {
        Quarter quarter = Quarter.Parse(text);

        Assert.Equal((year, number), (quarter.FinancialYearStart, quarter.Number));
    }

    [Theory]
    [InlineData("2017/18 Q0")]
    [InlineData("2017/18 Q5")]
    [InlineData("2017/19 Q2")]
    [InlineData("2017/17 Q2")]
    [InlineData("1899/00 Q4")]
    [InlineData("9999/00 Q1")]
    [InlineData("2017 Q2")]
    [InlineData("Q2")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_InvalidText_ReturnsFalse(string? text)
    {
        Assert.False(Quarter.TryParse(text, out Quarter quarter));
        Assert.Equal(default, quarter);
    }

    [Fact]
    public void Parse_InvalidText_ThrowsNamingTextAndForms()
    {
        FormatException error = Assert.Throws<FormatException>(() => Quarter.Parse("2017/19 Q2"));

        Assert.Equal(
            "'2017/19 Q2' is not a quarter; expected a financial-year quarter written \"2017/18 Q2\", \"Q2 2017/18\" or \"2017-18-Q2\", the second year being the year after the first, and a quarter 1 to 4.",
            error.Message);
    }

    [Theory]
    [InlineData(2017, 0)]
    [InlineData(2017, 5)]
    [InlineData(1899, 1)]
    [InlineData(9999, 1)]
    public void Constructor_OutOfRange_Throws(int year, int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(year, number));
    }

    [Theory]
    [InlineData(2017, 1, 2016, 4, 2017, 2)]
    [InlineData(2017, 4, 2017, 3, 2018, 1)]
    [InlineData(2017, 2, 2017, 1, 2017, 3)]
    public void PreviousAndNext_CrossYearBoundaries(int y, int q, int prevY, int prevQ, int nextY, int nextQ)
    {
        Quarter quarter = new Quarter(y, q);

        Assert.Equal(new Quarter(prevY, prevQ), quarter.Previous);
        Assert.Equal(new Quarter(nextY, nextQ), quarter.Next);
    }

    [Fact]
    public void PreviousAndNext_AtSupportedEnds_Throw()
    {
        Assert.Throws<InvalidOperationException>(() => new Quarter(1900, 1).Previous);
        Assert.Throws<InvalidOperationException>(() => new Quarter(9998, 4).Next);
    }

    [Fact]
    public void Default_IsFirstQuarterOf1900()
    {
        Assert.Equal(new Quarter(1900, 1), default(Quarter));
        Assert.Equal("Q1 1900/01", default(Quarter).ToString());
    }

    [Theory]
    [InlineData(2017, 2, "Q2 2017/18")]
    [InlineData(1999, 4, "Q4 1999/00")]
    [InlineData(2009, 1, "Q1 2009/10")]
    public void ToString_IsThePapersForm(int year, int number, string expected)
    {
        Assert.Equal(expected, new Quarter(year, number).ToString());
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool Parse_ToStringOfAnyQuarter_RoundTrips(Quarter quarter)
        => Quarter.Parse(quarter.ToString()) == quarter
            && Quarter.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}-{1:00}-Q{2}", quarter.FinancialYearStart, (quarter.FinancialYearStart + 1) % 100, quarter.Number)) == quarter;

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool Ordering_AgreesWithYearThenNumber(Quarter a, Quarter b)
    {
        int expected = Math.Sign((a.FinancialYearStart, a.Number).CompareTo((b.FinancialYearStart, b.Number)));
        return Math.Sign(a.CompareTo(b)) == expected
            && (a < b) == (expected < 0)
            && (a > b) == (expected > 0)
            && (a == b) == (expected == 0)
            && (a != b) == (expected != 0);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool NextThenPrevious_IsIdentityAwayFromTheEnds(Quarter quarter)
        => quarter == new Quarter(9998, 4) || (quarter.Next.Previous == quarter && quarter.Next > quarter);

    [Property(MaxTest = 1000)]
    public bool ParseAndTryParse_AnyText_Agree(string? text)
    {
        bool ok = Quarter.TryParse(text, out Quarter viaTry);
        Exception? thrown = Record.Exception(() => Quarter.Parse(text));
        return ok ? thrown is null && Quarter.Parse(text) == viaTry : thrown is FormatException;
    }
}
