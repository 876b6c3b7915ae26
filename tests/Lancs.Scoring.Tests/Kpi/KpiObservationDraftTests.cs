using System.Collections.Generic;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

/// <summary>A performance system's observations, period as an end month and comparators by name, become observations
/// or rejections, never exceptions; the scorer then checks them against its catalogue.</summary>
public sealed class KpiObservationDraftTests
{
    [Fact]
    public void TryCreate_ValidDraft_IsScoredAgainstTheCatalogue()
    {
        var draft = new KpiObservationDraft
        {
            IndicatorCode = "CPP-RATE", PeriodEndYear = 2017, PeriodEndMonth = 3, PeriodLabel = "Q4 2016/17", Value = 57.5m,
            Comparators = new Dictionary<string, decimal> { ["northwest"] = 50m },
        };

        Assert.True(KpiObservation.TryCreate(draft, out var observation, out _));

        Assert.Equal(("CPP-RATE", "Q4 2016/17", 50m), (observation.IndicatorCode, observation.Period.Label, observation.Comparators[ComparatorKind.NorthWest]));
        Assert.Empty(new KpiScorer(KpiCatalogue.Papers).Score(new[] { observation }).Rejections);
    }

    [Theory]
    [InlineData("", 2017, 3, null, "indicator", "record 3")]
    [InlineData("CPP-RATE", 2017, 13, null, "period", "CPP-RATE (record 3)")]
    [InlineData("CPP-RATE", 1066, 3, null, "period", "CPP-RATE (record 3)")]
    [InlineData("CPP-RATE", 2017, 3, "Lancashire", "comparators", "CPP-RATE (record 3)")]
    public void TryCreate_BadValue_IsARejectionNamingRecordAndField(string code, int year, int month, string? comparator, string field, string entry)
    {
        var draft = new KpiObservationDraft
        {
            Position = 2, IndicatorCode = code, PeriodEndYear = year, PeriodEndMonth = month, Value = 1m,
            Comparators = comparator is null ? null : new Dictionary<string, decimal> { [comparator] = 1m },
        };

        Assert.False(KpiObservation.TryCreate(draft, out _, out var rejection));

        Assert.Equal((entry, field), (rejection.Entry, rejection.Field));
    }
}
