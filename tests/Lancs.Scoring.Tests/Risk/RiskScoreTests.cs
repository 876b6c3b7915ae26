using System;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Testing;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

public sealed class RiskScoreTests
{
    private static bool NaiveIsProduct(int value)
        => Enumerable.Range(1, 5).Any(i => Enumerable.Range(1, 5).Any(l => i * l == value));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(6, true)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    [InlineData(14, false)]
    [InlineData(15, true)]
    [InlineData(16, true)]
    [InlineData(17, false)]
    [InlineData(18, false)]
    [InlineData(20, true)]
    [InlineData(21, false)]
    [InlineData(24, false)]
    [InlineData(25, true)]
    [InlineData(26, false)]
    [InlineData(-1, false)]
    [InlineData(int.MaxValue, false)]
    [InlineData(int.MinValue, false)]
    public void TryFromValue_EitherSideOfEveryGap_MatchesMatrix(int value, bool valid)
    {
        Assert.Equal(valid, RiskScore.TryFromValue(value, out RiskScore score));
        Assert.Equal(valid, RiskScore.IsOnMatrix(value));
        Assert.Equal(valid ? value : 1, score.Value);
    }

    [Fact]
    public void FromValue_OffMatrix_ThrowsNamingValueAndValidScores()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => RiskScore.FromValue(7));

        Assert.Equal("value", error.ParamName);
        Assert.Equal(7, error.ActualValue);
        Assert.StartsWith("7 is not on the 5x5 matrix; valid scores are 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25.", error.Message);
    }

    [Fact]
    public void All_IsTheFourteenProductsAscending()
    {
        Assert.Equal(Enumerable.Range(1, 25).Where(NaiveIsProduct), RiskScore.All.Select(s => s.Value));
        Assert.Equal(14, RiskScore.All.Count);
    }

    [Fact]
    public void Default_IsTheScoreOne()
    {
        Assert.Equal(1, default(RiskScore).Value);
        Assert.Equal(RiskScore.FromValue(1), default(RiskScore));
        Assert.Equal(RiskScore.Of(Impact.Insignificant, Likelihood.Rare), default(RiskScore));
    }

    [Theory]
    [InlineData(4, 4, 16)]
    [InlineData(5, 5, 25)]
    [InlineData(5, 3, 15)]
    [InlineData(3, 5, 15)]
    [InlineData(1, 1, 1)]
    public void Of_Cell_IsProduct(int impact, int likelihood, int expected)
    {
        Assert.Equal(expected, RiskScore.Of(Impact.FromValue(impact), Likelihood.FromValue(likelihood)).Value);
    }

    [Fact]
    public void ToString_IsInvariantDigits()
    {
        Assert.Equal("20", RiskScore.FromValue(20).ToString());
    }

    [Property(MaxTest = 1000)]
    public bool IsOnMatrix_AnyInt_AgreesWithNaiveProductSearch(int value) => RiskScore.IsOnMatrix(value) == NaiveIsProduct(value);

    [Property(MaxTest = 1000)]
    public bool FromValueAndTryFromValue_AnyInt_Agree(int value)
    {
        bool ok = RiskScore.TryFromValue(value, out RiskScore viaTry);
        Exception? thrown = Record.Exception(() => RiskScore.FromValue(value));
        return ok ? thrown is null && RiskScore.FromValue(value) == viaTry : thrown is ArgumentOutOfRangeException;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool Ordering_AgreesWithIntOrdering(RiskScore a, RiskScore b)
    {
        int expected = Math.Sign(a.Value.CompareTo(b.Value));
        return Math.Sign(a.CompareTo(b)) == expected
            && Math.Sign(a.CompareTo((object)b)) == expected
            && (a < b) == (a.Value < b.Value)
            && (a > b) == (a.Value > b.Value)
            && (a <= b) == (a.Value <= b.Value)
            && (a >= b) == (a.Value >= b.Value)
            && (a == b) == (a.Value == b.Value)
            && (a != b) == (a.Value != b.Value)
            && a.Equals((object)b) == (a.Value == b.Value)
            && (a.Value != b.Value || a.GetHashCode() == b.GetHashCode());
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool Of_IsMonotoneInImpactAndLikelihood(Impact i1, Impact i2, Likelihood l1, Likelihood l2)
    {
        bool dominated = i1.Value <= i2.Value && l1.Value <= l2.Value;
        return !dominated || RiskScore.Of(i1, l1) <= RiskScore.Of(i2, l2);
    }

    [Fact]
    public void CompareTo_NullOrOtherType_SortsNullFirstAndRejectsOthers()
    {
        Assert.Equal(1, RiskScore.FromValue(1).CompareTo(null));
        Assert.Throws<ArgumentException>(() => RiskScore.FromValue(1).CompareTo((object)1));
    }
}
