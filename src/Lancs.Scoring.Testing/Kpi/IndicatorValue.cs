using System.Collections.Generic;
using System.Globalization;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Testing;

/// <summary>A generated reading of one indicator of a catalogue: the value, and the England comparator and target the
/// observation gives (for thresholds relative to England and indicators banded by a target given per observation).</summary>
public sealed class IndicatorValue
{
    /// <summary>Creates a reading.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="value">The value.</param>
    /// <param name="england">The England comparator the observation gives.</param>
    /// <param name="target">The target the observation gives, or <see langword="null"/>.</param>
    public IndicatorValue(Indicator indicator, decimal value, decimal england, decimal? target)
    {
        Indicator = indicator;
        Value = value;
        England = england;
        Target = target;
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the value.</summary>
    public decimal Value { get; }

    /// <summary>Gets the England comparator.</summary>
    public decimal England { get; }

    /// <summary>Gets the target given with the observation, or <see langword="null"/>.</summary>
    public decimal? Target { get; }

    /// <summary>The observation for the period ending March 2017.</summary>
    /// <returns>The observation.</returns>
    public KpiObservation ToObservation() => ToObservation(Value);

    /// <summary>The observation of another value with the same comparator and target.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The observation.</returns>
    public KpiObservation ToObservation(decimal value) => KpiObservation.Create(Indicator.Code, KpiPeriod.Ending(2017, 3), value,
        new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = England }, Target);

    /// <summary>The reading as "CLA-RATE 52.5 (England 40, target none)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1} (England {2}, target {3})",
        Indicator.Code, Value, England, Target?.ToString(CultureInfo.InvariantCulture) ?? "none");
}
