using System;
using System.Collections.Generic;
using System.Globalization;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// The banding calculations in plain C#: the rules call these, and the hand-written scorer uses them directly.
/// </summary>
internal static partial class KpiBanding
{
    /// <summary>Returns the band of <paramref name="value"/> for an indicator whose thresholds are all fixed.</summary>
    /// <exception cref="InvalidOperationException">The indicator has no thresholds, or a relative one.</exception>
    public static KpiBand Band(Indicator indicator, decimal value)
    {
        if (indicator.Thresholds.Count == 0 || indicator.HasRelativeThresholds)
        {
            throw new InvalidOperationException(string.Format(
                CultureInfo.InvariantCulture,
                "Indicator '{0}' has no fixed thresholds; use Assign with an observation that carries its comparators.",
                indicator.Code));
        }

        var thresholds = new decimal[indicator.Thresholds.Count];
        for (int i = 0; i < thresholds.Length; i++)
        {
            thresholds[i] = indicator.Thresholds[i].Value;
        }

        return Band(indicator, value, thresholds);
    }

    /// <summary>Returns the band of <paramref name="value"/> given resolved thresholds, best boundary first.</summary>
    /// <remarks>The band's rank is the number of thresholds the value lies beyond on the bad side; a value on a
    /// threshold lies beyond it only under <see cref="BoundaryRule.ToWorseBand"/>. Because the thresholds are in
    /// order, this is exactly one band, and it moves monotonically with the value.</remarks>
    public static KpiBand Band(Indicator indicator, decimal value, IReadOnlyList<decimal> thresholds)
    {
        bool onThresholdGoesWorse = indicator.Boundary == BoundaryRule.ToWorseBand;
        int rank = 0;
        for (int i = 0; i < thresholds.Count; i++)
        {
            int comparison = indicator.Polarity.Compare(value, thresholds[i]);
            if (comparison < 0 || (comparison == 0 && onThresholdGoesWorse))
            {
                rank++;
            }
        }

        return indicator.Scheme!.Bands[rank];
    }

    /// <summary>Returns the observation's thresholds as numbers, or why they cannot be worked out.</summary>
    /// <returns>The resolved thresholds, or <see langword="null"/> with <paramref name="missing"/> naming the
    /// absent comparator.</returns>
    public static decimal[]? ResolveThresholds(Indicator indicator, KpiObservation observation, out ComparatorKind? missing)
    {
        missing = null;
        var values = new decimal[indicator.Thresholds.Count];
        for (int i = 0; i < values.Length; i++)
        {
            Threshold threshold = indicator.Thresholds[i];
            decimal? comparator = threshold.IsAbsolute ? null : ComparatorValue(indicator, observation, threshold.Comparator!);
            decimal? resolved = threshold.Resolve(comparator);
            if (resolved is null)
            {
                missing = threshold.Comparator;
                return null;
            }

            values[i] = resolved.Value;
        }

        return values;
    }

    /// <summary>Returns the comparator's value for the observation: its own, else the indicator's, else none.</summary>
    public static decimal? ComparatorValue(Indicator indicator, KpiObservation observation, ComparatorKind kind)
        => observation.Comparators.TryGetValue(kind, out decimal own) ? own
            : indicator.Comparators.TryGetValue(kind, out decimal standing) ? standing
            : null;

    /// <summary>Returns a message when thresholds are not strictly in order from the best boundary to the worst
    /// (falling for higher-is-better, rising for lower-is-better), otherwise <see langword="null"/>.</summary>
    public static string? OrderProblem(Indicator indicator, IReadOnlyList<decimal> thresholds)
    {
        for (int i = 1; i < thresholds.Count; i++)
        {
            if (indicator.Polarity.Compare(thresholds[i], thresholds[i - 1]) >= 0)
            {
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "Indicator '{0}', field thresholds[{1}] '{2}': thresholds must {3} strictly from the best band to the worst, but {2} follows {4}; they are out of order or overlap.",
                    indicator.Code,
                    i,
                    thresholds[i],
                    indicator.Polarity == Polarity.HigherIsBetter ? "fall" : "rise",
                    thresholds[i - 1]);
            }
        }

        return null;
    }
}
