using System;
using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Kpi;

/// <content>Indicators banded by target and tolerance, and data-only indicators.</content>
public sealed partial class Indicator
{
    /// <summary>Creates an indicator banded by target and tolerance (RAG): Green at or better than target, Amber within the
    /// tolerance, Red beyond, and Blue above target when the banding has a Blue margin.</summary>
    /// <param name="code">A short code, unique in the catalogue.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="unit">The unit of its values.</param>
    /// <param name="polarity">The direction in which it is good: H or L.</param>
    /// <param name="banding">The tolerance, its boundary rule and any Blue margin.</param>
    /// <param name="target">The standing target; an observation may carry its own, which takes precedence. Without either an
    /// observation is not banded.</param>
    /// <param name="minimum">The lowest valid value; the unit's default when omitted.</param>
    /// <param name="maximum">The highest valid value; the unit's default when omitted.</param>
    /// <param name="comparators">Comparator values that apply when an observation carries none.</param>
    /// <param name="source">Where the indicator and its target come from.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentException">The definition has one or more problems; the message lists them all.</exception>
    public static Indicator CreateRag(
        string code,
        string name,
        KpiUnit unit,
        Polarity polarity,
        TargetBanding banding,
        decimal? target = null,
        decimal? minimum = null,
        decimal? maximum = null,
        IReadOnlyDictionary<ComparatorKind, decimal>? comparators = null,
        string? source = null)
    {
        Guard.NotNull(banding);
        return Checked(Build(code, name, unit, polarity, banding.Scheme, target, minimum, maximum, comparators, source, banding, isDataOnly: false), nameof(banding));
    }

    /// <summary>Creates a "data only" indicator: its values are reported with their direction of travel and comparators, never
    /// banded and never judged against a target.</summary>
    /// <param name="code">A short code, unique in the catalogue.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="unit">The unit of its values.</param>
    /// <param name="polarity">The direction in which it is good, or <see cref="Polarity.None"/> for a volume measure.</param>
    /// <param name="minimum">The lowest valid value; the unit's default when omitted.</param>
    /// <param name="maximum">The highest valid value; the unit's default when omitted.</param>
    /// <param name="comparators">Comparator values that apply when an observation carries none.</param>
    /// <param name="source">Where the indicator comes from.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentException">The definition has one or more problems; the message lists them all.</exception>
    public static Indicator CreateDataOnly(
        string code,
        string name,
        KpiUnit unit,
        Polarity polarity,
        decimal? minimum = null,
        decimal? maximum = null,
        IReadOnlyDictionary<ComparatorKind, decimal>? comparators = null,
        string? source = null)
        => Checked(Build(code, name, unit, polarity, null, null, minimum, maximum, comparators, source, null, isDataOnly: true), nameof(polarity));

    private static Indicator Build(string code, string name, KpiUnit unit, Polarity polarity, BandingScheme? scheme, decimal? target, decimal? minimum, decimal? maximum,
        IReadOnlyDictionary<ComparatorKind, decimal>? comparators, string? source, TargetBanding? banding, bool isDataOnly)
    {
        Guard.NotNull(unit);
        return new Indicator(
            Guard.NotEmpty(code),
            Guard.NotEmpty(name),
            unit,
            Guard.NotNull(polarity),
            scheme,
            Array.Empty<Threshold>(),
            BoundaryRule.ToBetterBand,
            minimum ?? unit.DefaultMinimum,
            maximum ?? unit.DefaultMaximum,
            target,
            (comparators ?? new Dictionary<ComparatorKind, decimal>()).ToDictionary(p => p.Key, p => p.Value),
            source ?? string.Empty,
            thresholdsAreIllustrative: false,
            banding,
            isDataOnly);
    }

    private static Indicator Checked(Indicator indicator, string parameter)
    {
        List<string> problems = indicator.Problems();
        if (indicator.IsBandedByTarget && !indicator.Polarity.HasDirection)
        {
            problems.Add($"Indicator '{indicator.Code}', field polarity '{indicator.Polarity.Printed}': an indicator banded by target needs a polarity of H or L.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), parameter);
        }

        return indicator;
    }
}
