using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Testing;

/// <summary>FsCheck generators, with shrinking, for KPIs: indicators banded by thresholds, and readings
/// (<see cref="IndicatorValue"/>) of the papers' catalogue, with values on and either side of every threshold and target.
/// Register the class with <c>[Properties(Arbitrary = new[] { typeof(KpiArbitraries) })]</c>; <see cref="ValueGen"/>
/// gives readings of a council's own catalogue.</summary>
/// <remarks>An indicator shrinks by rounding its thresholds to whole numbers and moving them down; a reading by moving its
/// value to a nearby whole number, then to the nearest threshold.</remarks>
public static class KpiArbitraries
{
    /// <summary>Gets a generator of threshold-category indicators (four bands, three thresholds 0-90 a tenth apart or more),
    /// of either polarity and either boundary rule, code TEST.</summary>
    public static Gen<Indicator> IndicatorGen =>
        from higherIsBetter in Gen.Elements(true, false)
        from toWorse in Gen.Elements(true, false)
        from a in Gen.Choose(0, 300)
        from b in Gen.Choose(1, 300)
        from c in Gen.Choose(1, 300)
        select Categories(higherIsBetter, toWorse, new[] { a / 10m, (a + b) / 10m, (a + b + c) / 10m });

    /// <summary>Threshold-category indicators, shrinking their thresholds towards small whole numbers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Indicator> Indicators() => Arb.From(IndicatorGen, ShrinkIndicator);

    /// <summary>Readings of the banded indicators of the papers' catalogue.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IndicatorValue> Values() => Arb.From(ValueGen(KpiCatalogue.Papers), ShrinkValue);

    /// <summary>A generator of readings of the banded indicators of a catalogue: values on, a tenth either side of and
    /// away from each threshold (absolute, or resolved against the England comparator) and target, within the indicator's bounds.</summary>
    /// <param name="catalogue">The council's catalogue.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException">The catalogue has no banded indicator.</exception>
    public static Gen<IndicatorValue> ValueGen(KpiCatalogue catalogue)
    {
        var banded = catalogue.Indicators.Where(i => i.IsBanded).ToArray();
        if (banded.Length == 0)
        {
            throw new ArgumentException("The catalogue has no banded indicator to generate readings of.", nameof(catalogue));
        }

        return from indicator in Gen.Elements(banded)
               from england in Gen.Choose(0, 1000).Select(e => e / 10m)
               from target in indicator.IsBandedByTarget && indicator.Target is null
                   ? Gen.Choose(1, 1000).Select(t => (decimal?)(t / 10m))
                   : Gen.Constant((decimal?)null)
               from value in ValuesNear(indicator, england, target)
               select new IndicatorValue(indicator, value, england, target);
    }

    /// <summary>The values that matter for an indicator: its thresholds and target, a tenth either side, and a spread between.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="england">The England comparator, for relative thresholds.</param>
    /// <param name="target">The target given with the observation, if any.</param>
    /// <returns>A generator of values within the indicator's bounds.</returns>
    public static Gen<decimal> ValuesNear(Indicator indicator, decimal england, decimal? target)
    {
        var marks = Marks(indicator, england, target).ToList();
        var near = marks.SelectMany(m => new[] { m - 1m, m - 0.1m, m, m + 0.1m, m + 1m }).Where(indicator.IsWithinBounds).Distinct().ToArray();
        var top = indicator.Maximum ?? Math.Max(200m, marks.Count == 0 ? 0m : marks.Max() * 2m);
        var spread = Gen.Choose(0, 1000).Select(n => indicator.Minimum + ((top - indicator.Minimum) * n / 1000m)).Select(v => Math.Round(v, 1));
        return near.Length == 0 ? spread : Gen.Frequency((2, Gen.Elements(near)), (1, spread));
    }

    /// <summary>The thresholds (resolved against <paramref name="england"/>) and target of an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="england">The England comparator.</param>
    /// <param name="target">The observation's target, if any.</param>
    /// <returns>The values where a band may change.</returns>
    public static IEnumerable<decimal> Marks(Indicator indicator, decimal england, decimal? target)
    {
        foreach (var threshold in indicator.Thresholds)
        {
            var comparator = threshold.IsAbsolute ? (decimal?)null
                : indicator.Comparators.TryGetValue(threshold.Comparator!, out var standing) ? standing : england;
            if (threshold.Resolve(comparator) is { } resolved)
            {
                yield return resolved;
            }
        }

        if ((target ?? indicator.Target) is { } t)
        {
            yield return t;
            if (indicator.TargetBanding is { } banding)
            {
                yield return t - banding.Amber.WidthAt(t);
                yield return t + banding.Amber.WidthAt(t);
                if (banding.Blue is { } blue)
                {
                    yield return t - blue.WidthAt(t);
                    yield return t + blue.WidthAt(t);
                }
            }
        }
    }

    private static Indicator Categories(bool higherIsBetter, bool toWorse, decimal[] rising) => Indicator.Create(
        "TEST",
        "Generated indicator",
        KpiUnit.RatePer10000,
        higherIsBetter ? Polarity.HigherIsBetter : Polarity.LowerIsBetter,
        BandingScheme.ThresholdCategories,
        (higherIsBetter ? rising.Reverse() : rising).Select(Threshold.Absolute),
        toWorse ? BoundaryRule.ToWorseBand : BoundaryRule.ToBetterBand);

    private static IEnumerable<Indicator> ShrinkIndicator(Indicator indicator)
    {
        var higher = indicator.Polarity == Polarity.HigherIsBetter;
        var toWorse = indicator.Boundary == BoundaryRule.ToWorseBand;
        var rising = indicator.Thresholds.Select(t => t.Value).OrderBy(v => v).ToArray();
        var whole = rising.Select((v, i) => Math.Floor(v) + i).ToArray();
        if (!whole.SequenceEqual(rising) && Rising(whole))
        {
            yield return Categories(higher, toWorse, whole);
        }

        var lower = rising.Select((v, i) => (decimal)i).ToArray();
        if (!lower.SequenceEqual(rising))
        {
            yield return Categories(higher, toWorse, lower);
        }
    }

    private static IEnumerable<IndicatorValue> ShrinkValue(IndicatorValue reading)
    {
        var rounded = Math.Round(reading.Value, 0);
        if (rounded != reading.Value && reading.Indicator.IsWithinBounds(rounded))
        {
            yield return new IndicatorValue(reading.Indicator, rounded, reading.England, reading.Target);
        }
    }

    private static bool Rising(decimal[] values) => values.Zip(values.Skip(1), (a, b) => a < b).All(x => x);
}
