using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Lancs.Scoring.Kpi;

/// <content>Creation and validation.</content>
public sealed partial class Indicator
{
    /// <summary>Creates an indicator, checking the whole definition.</summary>
    /// <param name="code">A short code, unique in the catalogue.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="unit">The unit of its values.</param>
    /// <param name="polarity">The direction in which it is good.</param>
    /// <param name="scheme">The band scheme, or <see langword="null"/> for an indicator that is never banded.</param>
    /// <param name="thresholds">One threshold per pair of adjacent bands, best boundary first, or none to leave the
    /// indicator unbanded. For a higher-is-better indicator they fall, for a lower-is-better one they rise.</param>
    /// <param name="boundary">Which band owns a value on a threshold; <see cref="BoundaryRule.ToBetterBand"/> when omitted.</param>
    /// <param name="minimum">The lowest valid value; the unit's default when omitted.</param>
    /// <param name="maximum">The highest valid value; the unit's default when omitted.</param>
    /// <param name="target">The target, if any.</param>
    /// <param name="comparators">Comparator values that apply when an observation carries none.</param>
    /// <param name="source">The citation (seed:line and a few words).</param>
    /// <param name="thresholdsAreIllustrative">Whether the thresholds are illustrative rather than the council's.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentException">The definition has one or more problems; the message lists them all,
    /// each naming the indicator, the field and the value.</exception>
    public static Indicator Create(
        string code,
        string name,
        KpiUnit unit,
        Polarity polarity,
        BandingScheme? scheme,
        IEnumerable<Threshold>? thresholds = null,
        BoundaryRule? boundary = null,
        decimal? minimum = null,
        decimal? maximum = null,
        decimal? target = null,
        IReadOnlyDictionary<ComparatorKind, decimal>? comparators = null,
        string? source = null,
        bool thresholdsAreIllustrative = false)
    {
        Guard.NotNull(unit);
        var indicator = new Indicator(
            Guard.NotEmpty(code),
            Guard.NotEmpty(name),
            unit,
            Guard.NotNull(polarity),
            scheme,
            (thresholds ?? Array.Empty<Threshold>()).ToList().AsReadOnly(),
            boundary ?? BoundaryRule.ToBetterBand,
            minimum ?? unit.DefaultMinimum,
            maximum ?? unit.DefaultMaximum,
            target,
            (comparators ?? new Dictionary<ComparatorKind, decimal>()).ToDictionary(p => p.Key, p => p.Value),
            source ?? string.Empty,
            thresholdsAreIllustrative);
        List<string> problems = indicator.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(thresholds));
        }

        return indicator;
    }

    private List<string> Problems()
    {
        var problems = new List<string>();
        void Add(string field, object? value, string reason) => problems.Add(string.Format(
            CultureInfo.InvariantCulture, "Indicator '{0}', field {1} '{2}': {3}", Code, field, value, reason));

        if (Maximum is not null && Maximum.Value <= Minimum)
        {
            Add("maximum", Maximum, string.Format(CultureInfo.InvariantCulture, "must be above the minimum {0}.", Minimum));
        }

        if (Thresholds.Count > 0 && !Polarity.HasDirection)
        {
            Add("polarity", Polarity.Printed, "an indicator with thresholds needs a polarity of H or L.");
        }

        if (Thresholds.Count > 0 && Scheme is null)
        {
            Add("scheme", null, "an indicator with thresholds needs a band scheme.");
        }

        if (Thresholds.Count > 0 && Scheme is not null && Thresholds.Count != Scheme.Bands.Count - 1)
        {
            Add("thresholds", Thresholds.Count, string.Format(
                CultureInfo.InvariantCulture,
                "scheme '{0}' has {1} bands, so it needs {2} thresholds (or none).",
                Scheme.Name,
                Scheme.Bands.Count,
                Scheme.Bands.Count - 1));
        }

        if (Target is not null && !Polarity.HasDirection)
        {
            Add("target", Target, "an indicator with a target needs a polarity of H or L.");
        }

        if (Target is not null && !IsWithinBounds(Target.Value))
        {
            Add("target", Target, "must lie within the indicator's bounds.");
        }

        foreach (KeyValuePair<ComparatorKind, decimal> comparator in Comparators.Where(c => !IsWithinBounds(c.Value)))
        {
            Add("comparators." + comparator.Key.Name, comparator.Value, "must lie within the indicator's bounds.");
        }

        for (int i = 0; i < Thresholds.Count; i++)
        {
            Threshold threshold = Thresholds[i];
            if (threshold is null)
            {
                Add($"thresholds[{i}]", null, "must be present.");
                continue;
            }

            if (threshold.IsAbsolute && !IsWithinBounds(threshold.Value))
            {
                Add($"thresholds[{i}]", threshold, "must lie within the indicator's bounds.");
            }
        }

        if (Polarity.HasDirection && Thresholds.All(t => t is not null && t.IsAbsolute))
        {
            string? order = KpiBanding.OrderProblem(this, Thresholds.Select(t => t.Value).ToList());
            if (order is not null)
            {
                problems.Add(order);
            }
        }

        return problems;
    }
}
