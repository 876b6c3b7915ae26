using System;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Testing;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

public sealed class ImpactTests
{
    [Theory]
    [InlineData("Insignificant", 1)]
    [InlineData("minor", 2)]
    [InlineData(" MODERATE ", 3)]
    [InlineData("Major", 4)]
    [InlineData("catastrophic", 5)]
    [InlineData("Outstanding", 5)]
    [InlineData("OUTSTANDING", 5)]
    [InlineData("1", 1)]
    [InlineData("5", 5)]
    public void Parse_AcceptedText_ReturnsImpact(string text, int value)
    {
        Assert.Equal(value, Impact.Parse(text).Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("")]
    [InlineData("Severe")]
    [InlineData("Major x Likely")]
    [InlineData("Catastrophic (for risk)")]
    public void TryParse_UnknownText_ReturnsFalse(string text)
    {
        Assert.False(Impact.TryParse(text, out Impact? impact));
        Assert.Null(impact);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(Impact.TryParse(null, out _));
    }

    [Fact]
    public void Parse_UnknownText_ThrowsNamingTextAndAcceptedWords()
    {
        FormatException error = Assert.Throws<FormatException>(() => Impact.Parse("Severe"));

        Assert.Equal(
            "'Severe' is not an impact; accepted: Insignificant, Minor, Moderate, Major, Catastrophic (Outstanding for an opportunity) or the digits 1 to 5.",
            error.Message);
    }

    [Fact]
    public void Values_AreOneToFiveInGridOrder()
    {
        Assert.Equal(
            new[] { "Insignificant", "Minor", "Moderate", "Major", "Catastrophic" },
            Impact.List.OrderBy(i => i.Value).Select(i => i.Name));
        Assert.Equal(Enumerable.Range(1, 5), Impact.List.OrderBy(i => i.Value).Select(i => i.Value));
    }

    [Theory]
    [InlineData(4, "Major")]
    [InlineData(5, "Outstanding")]
    public void OpportunityLabel_TopRowOnly_IsOutstanding(int value, string expected)
    {
        Assert.Equal(expected, Impact.FromValue(value).OpportunityLabel);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool Parse_NameOrDigitOfEveryImpact_RoundTrips(Impact impact)
        => Impact.Parse(impact.Name) == impact
            && Impact.Parse(impact.Name.ToUpperInvariant()) == impact
            && Impact.Parse(impact.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) == impact;

    [Property(MaxTest = 1000)]
    public bool ParseAndTryParse_AnyText_Agree(string? text)
    {
        bool parsed = Impact.TryParse(text, out Impact? viaTry);
        if (text is null)
        {
            return !parsed && Record.Exception(() => Impact.Parse(text!)) is ArgumentNullException;
        }

        Exception? thrown = Record.Exception(() => Impact.Parse(text));
        return parsed ? thrown is null && Impact.Parse(text) == viaTry : thrown is FormatException;
    }
}
