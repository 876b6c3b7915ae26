using System;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Testing;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

public sealed class LikelihoodTests
{
    [Theory]
    [InlineData("Rare", 1)]
    [InlineData("unlikely", 2)]
    [InlineData(" POSSIBLE ", 3)]
    [InlineData("Likely", 4)]
    [InlineData("certain", 5)]
    [InlineData("Almost certain", 5)]
    [InlineData("ALMOST  CERTAIN", 5)]
    [InlineData("1", 1)]
    [InlineData("5", 5)]
    public void Parse_AcceptedText_ReturnsLikelihood(string text, int value)
    {
        Assert.Equal(value, Likelihood.Parse(text).Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("")]
    [InlineData("Highly likely")]
    [InlineData("Almostcertain")]
    [InlineData("Almost")]
    [InlineData("Almost likely")]
    public void TryParse_UnknownText_ReturnsFalse(string text)
    {
        Assert.False(Likelihood.TryParse(text, out Likelihood? likelihood));
        Assert.Null(likelihood);
    }

    [Fact]
    public void Parse_UnknownText_ThrowsNamingTextAndAcceptedWords()
    {
        FormatException error = Assert.Throws<FormatException>(() => Likelihood.Parse("Highly likely"));

        Assert.Equal(
            "'Highly likely' is not a likelihood; accepted: Rare, Unlikely, Possible, Likely, Certain (or Almost certain) or the digits 1 to 5.",
            error.Message);
    }

    [Fact]
    public void Values_AreOneToFiveInGridOrder()
    {
        Assert.Equal(
            new[] { "Rare", "Unlikely", "Possible", "Likely", "Certain" },
            Likelihood.List.OrderBy(l => l.Value).Select(l => l.Name));
        Assert.Equal(Enumerable.Range(1, 5), Likelihood.List.OrderBy(l => l.Value).Select(l => l.Value));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool Parse_NameOrDigitOfEveryLikelihood_RoundTrips(Likelihood likelihood)
        => Likelihood.Parse(likelihood.Name) == likelihood
            && Likelihood.Parse(likelihood.Name.ToLowerInvariant()) == likelihood
            && Likelihood.Parse(likelihood.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) == likelihood;

    [Property(MaxTest = 1000)]
    public bool ParseAndTryParse_AnyText_Agree(string? text)
    {
        bool parsed = Likelihood.TryParse(text, out Likelihood? viaTry);
        if (text is null)
        {
            return !parsed && Record.Exception(() => Likelihood.Parse(text!)) is ArgumentNullException;
        }

        Exception? thrown = Record.Exception(() => Likelihood.Parse(text));
        return parsed ? thrown is null && Likelihood.Parse(text) == viaTry : thrown is FormatException;
    }
}
