using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

public sealed class PapersCatalogueTests
{
    private static readonly KpiScoreReport Report = new KpiScorer(KpiCatalogue.Papers).Score(PaperObservation.All.Select(o => o.ToObservation()));

    public static TheoryData<string> RowsWithAValueAndABand() => Rows(o => o.Bands.Count > 0 && o.Value.Length > 0);

    public static TheoryData<string> RowsWithABandButNoValue() => Rows(o => o.Bands.Count > 0 && o.Value.Length == 0);

    public static TheoryData<string> KeyedRowsOf2018() => Rows(o => o.Code.StartsWith("CPMR18-", System.StringComparison.Ordinal));

    [Fact]
    public void Score_EveryPaperObservation_IsAcceptedWithoutRejection()
    {
        Assert.Empty(Report.Rejections);
        Assert.Equal(PaperObservation.All.Count, Report.Results.Count);
    }

    [Theory]
    [MemberData(nameof(RowsWithAValueAndABand))]
    public void Score_PrintedOrImpliedBand_IsReproduced(string row)
    {
        (PaperObservation paper, KpiResult result) = Find(row);

        Assert.Equal(BandStatus.Banded, result.Assignment.Status);
        Assert.Contains(result.Band!.Name, paper.Bands);
    }

    [Theory]
    [MemberData(nameof(RowsWithABandButNoValue))]
    public void Score_BandPrintedWithoutValue_IsNoValueNotGuessed(string row)
    {
        (_, KpiResult result) = Find(row);

        Assert.Equal(BandStatus.NoValue, result.Assignment.Status);
        Assert.Null(result.Band);
    }

    [Theory]
    [MemberData(nameof(KeyedRowsOf2018))]
    public void Score_2018KeyedMeasure_IsNotBandedBecauseTheColoursWereLost(string row)
    {
        (PaperObservation paper, KpiResult result) = Find(row);

        Assert.Empty(paper.Bands);
        Assert.Equal(BandStatus.NotBanded, result.Assignment.Status);
        Assert.Same(BandingScheme.CorporateKey2018, result.Indicator.Scheme);
    }

    [Theory]
    [InlineData("RE-REFERRAL-MONTHLY", 2017, 5, "Stayed")] // two months in the Good banding, 000:1622
    [InlineData("RE-REFERRAL-MONTHLY", 2017, 6, "Dropped")] // moved down to Requires Improvement, 000:1622
    [InlineData("CLA-RATE", 2017, 6, "Stayed")] // remains Inadequate, 000:1618
    [InlineData("CPP-RATE", 2017, 3, "Stayed")] // Inadequate at Q1 and (implied) Q4 2016/17, 000:1636
    [InlineData("CPP-RATE", 2017, 6, "MovedUp")] // moved up to Requires Improvement, 000:1636
    [InlineData("CARE-LEAVERS-EET", 2017, 6, "Dropped")] // dropped into Requires Improvement, 000:1626
    [InlineData("CLA-PEP", 2017, 6, "MovedUp")] // moved up to Good, 000:1637
    public void Score_PrintedMovementVerb_IsReproduced(string code, int year, int month, string movement)
    {
        KpiResult result = Report.Results.Single(r => r.Indicator.Code == code && r.Observation.Period.Equals(KpiPeriod.Ending(year, month)));

        Assert.Equal(movement, result.Movement.Name);
    }

    [Theory]
    [InlineData("RE-REFERRAL-MONTHLY", 2017, 6, "Worsened")] // 16.4 -> 21.9, lower is better
    [InlineData("CLA-RATE", 2017, 6, "Worsened")] // 75.0 -> 76.4 while staying Inadequate, 000:1618
    [InlineData("CPP-RATE", 2017, 6, "Improved")] // "was an improvement", 000:1636
    [InlineData("CARE-LEAVERS-EET", 2017, 6, "Worsened")] // 48.4 -> 43
    [InlineData("CLA-PEP", 2017, 6, "Improved")] // 89.4 -> 91.0
    [InlineData("CPMR18-457-PCT", 2018, 3, "Unchanged")] // 19.0% both years, 002:457
    [InlineData("CPMR18-454", 2018, 3, "Unknown")] // contacts: "Good is -", 002:454
    public void Score_DirectionOfTravel_FollowsPolarity(string code, int year, int month, string direction)
    {
        KpiResult result = Report.Results.Single(r => r.Indicator.Code == code && r.Observation.Period.Equals(KpiPeriod.Ending(year, month)));

        Assert.Equal(direction, result.Direction.Name);
    }

    [Fact]
    public void Catalogue_ThresholdCategoryTables_AreMarkedIllustrativeAndEveryIndicatorCitesASource()
    {
        Assert.All(KpiCatalogue.Papers.Indicators, i => Assert.Matches(@"^00[0-3]:\d+", i.Source));
        Assert.All(KpiCatalogue.Papers.Indicators.Where(i => i.IsBanded), i => Assert.True(i.ThresholdsAreIllustrative, i.Code));
        Assert.All(KpiCatalogue.Papers.Indicators.Where(i => i.Scheme == BandingScheme.CorporateKey2018), i => Assert.False(i.IsBanded, i.Code));
    }

    [Fact]
    public void Catalogue_EveryIndicatorObservedInThePapers_IsCatalogued()
    {
        var observed = PaperObservation.All.Select(o => o.Code).Distinct().OrderBy(c => c);
        var catalogued = KpiCatalogue.Papers.Indicators.Select(i => i.Code).OrderBy(c => c);

        Assert.Equal(catalogued, observed);
    }

    private static TheoryData<string> Rows(System.Func<PaperObservation, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (PaperObservation row in PaperObservation.All.Where(filter))
        {
            data.Add(row.ToString());
        }

        return data;
    }

    private static (PaperObservation Paper, KpiResult Result) Find(string row)
    {
        int index = PaperObservation.All.Select(o => o.ToString()).ToList().IndexOf(row);
        return (PaperObservation.All[index], Report.Results[index]);
    }
}
