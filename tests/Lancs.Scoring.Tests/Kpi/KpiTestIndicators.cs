using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Tests.Kpi;

/// <summary>Indicators built for tests, beside the papers' catalogue.</summary>
internal static class KpiTestIndicators
{
    public static Indicator Categories(Polarity polarity, BoundaryRule boundary, params decimal[] thresholds)
        => Indicator.Create(
            "TEST",
            "Test indicator",
            KpiUnit.RatePer10000,
            polarity,
            BandingScheme.ThresholdCategories,
            thresholds.Select(Threshold.Absolute),
            boundary);

    /// <summary>An illustrative 2018-key indicator: On track/good at or better than England, Slightly below within
    /// 10% of it, Requires improvement beyond that (kpi_rules.md 5.9 says such a rule is stated nowhere).</summary>
    public static Indicator RelativeToEngland(Polarity polarity, IReadOnlyDictionary<ComparatorKind, decimal>? standing = null)
        => Indicator.Create(
            "TEST-ENGLAND",
            "Test measure against England",
            KpiUnit.Percentage,
            polarity,
            BandingScheme.CorporateKey2018,
            new[]
            {
                Threshold.RelativeTo(ComparatorKind.England),
                Threshold.RelativeTo(ComparatorKind.England, polarity == Polarity.HigherIsBetter ? 0.9m : 1.1m),
            },
            comparators: standing,
            thresholdsAreIllustrative: true);
}
