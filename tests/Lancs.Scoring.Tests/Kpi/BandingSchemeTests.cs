using System;
using System.Linq;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

public sealed class BandingSchemeTests
{
    [Fact]
    public void ThresholdCategories_BestFirst_AreTheFourOfstedWords()
    {
        Assert.Equal(
            new[] { "Outstanding", "Good", "Requires Improvement", "Inadequate" },
            BandingScheme.ThresholdCategories.Bands.Select(b => b.Name));
    }

    [Fact]
    public void CorporateKey2018_BestFirst_IsTheKeyAsPrinted()
    {
        Assert.Equal(
            new[] { "On track/good", "Slightly below desired level", "Requires improvement" },
            BandingScheme.CorporateKey2018.Bands.Select(b => b.Name));
    }

    [Fact]
    public void Create_CouncilScheme_RanksBandsBestFirst()
    {
        BandingScheme rag = BandingScheme.Create("RAG", "Green", "Amber", "Red");

        Assert.True(rag.FindBand("green").IsBetterThan(rag.FindBand("Red")));
        Assert.Equal(2, rag.Worst.Rank);
    }

    [Fact]
    public void Create_DuplicateBand_ThrowsNamingSchemeFieldAndValue()
    {
        var error = Assert.Throws<ArgumentException>(() => BandingScheme.Create("RAG", "Green", "Amber", "green"));

        Assert.StartsWith("Scheme 'RAG', field bands[2] 'green': band names must be present and distinct.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OneBand_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => BandingScheme.Create("Single", "Only"));

        Assert.StartsWith("Scheme 'Single', field bands: a scheme needs at least two bands, got 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsBetterThan_BandOfAnotherScheme_Throws()
    {
        Assert.Throws<ArgumentException>(() => BandingScheme.ThresholdCategories.Best.IsBetterThan(BandingScheme.CorporateKey2018.Worst));
    }

    [Fact]
    public void Equals_SameWordsInDifferentSchemes_AreDifferentBands()
    {
        KpiBand categoriesRi = BandingScheme.ThresholdCategories.FindBand("Requires Improvement");
        KpiBand keyRi = BandingScheme.CorporateKey2018.FindBand("Requires improvement");

        Assert.NotEqual(categoriesRi, keyRi);
        Assert.Equal(2, categoriesRi.Rank);
        Assert.Equal(2, keyRi.Rank);
    }
}
