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

    /// <summary>An indicator banded by target and tolerance; Blue when <paramref name="blue"/> is given.</summary>
    public static Indicator Rag(Polarity polarity, Tolerance amber, BoundaryRule? atTolerance = null, Tolerance? blue = null, decimal? target = null, string code = "TEST-RAG")
        => Indicator.CreateRag(code, "Test RAG indicator", KpiUnit.Count, polarity, TargetBanding.Create(amber, atTolerance, blue), target);

    /// <summary>The catalogue of the papers with test indicators beside them: RAG (H, target 90 within 5), BRAG (L, 5% of target,
    /// Blue 2% better, the target given per observation) and a data-only count.</summary>
    public static KpiCatalogue PapersAndRag { get; } = KpiCatalogue.Papers.With(new[]
    {
        Rag(Polarity.HigherIsBetter, Tolerance.Absolute(5m), target: 90m, code: "TEST-RAG-H"),
        Rag(Polarity.LowerIsBetter, Tolerance.PercentOfTarget(5m), BoundaryRule.ToWorseBand, Tolerance.PercentOfTarget(2m), code: "TEST-BRAG-L"),
        Indicator.CreateDataOnly("TEST-DATA-ONLY", "Test data-only count", KpiUnit.Count, Polarity.None),
    });

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
