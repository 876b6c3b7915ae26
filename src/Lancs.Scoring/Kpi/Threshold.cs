using System.Globalization;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// A value that separates two adjacent bands of an indicator: either a fixed number, or a number worked out from a
/// comparator ("better than the England average").
/// </summary>
/// <remarks>A relative threshold is <c>comparator × ratio + offset</c>. The papers print no thresholds; fixed,
/// per-indicator thresholds fit the printed bands best, but relative ones are allowed (kpi_rules.md 2.1-2.2).</remarks>
public sealed class Threshold
{
    private Threshold(decimal value, ComparatorKind? comparator, decimal ratio, decimal offset)
    {
        Value = value;
        Comparator = comparator;
        Ratio = ratio;
        Offset = offset;
    }

    /// <summary>Gets the fixed value; 0 for a relative threshold.</summary>
    public decimal Value { get; }

    /// <summary>Gets the comparator a relative threshold is worked out from, or <see langword="null"/> when fixed.</summary>
    public ComparatorKind? Comparator { get; }

    /// <summary>Gets the factor applied to the comparator.</summary>
    /// <value>1 unless stated.</value>
    public decimal Ratio { get; }

    /// <summary>Gets the amount added after the ratio, in the indicator's unit.</summary>
    /// <value>0 unless stated.</value>
    public decimal Offset { get; }

    /// <summary>Gets a value indicating whether the threshold is a fixed number.</summary>
    public bool IsAbsolute => Comparator is null;

    /// <summary>Creates a fixed threshold.</summary>
    /// <param name="value">The threshold value, in the indicator's unit.</param>
    /// <returns>The threshold.</returns>
    public static Threshold Absolute(decimal value) => new(value, null, 1m, 0m);

    /// <summary>Creates a threshold worked out from a comparator as <c>comparator × ratio + offset</c>.</summary>
    /// <param name="comparator">The comparator.</param>
    /// <param name="ratio">The factor applied to the comparator; 1 means "the comparator itself".</param>
    /// <param name="offset">The amount added, in the indicator's unit (for percentages, percentage points).</param>
    /// <returns>The threshold.</returns>
    public static Threshold RelativeTo(ComparatorKind comparator, decimal ratio = 1m, decimal offset = 0m)
        => new(0m, Guard.NotNull(comparator), ratio, offset);

    /// <summary>Returns the threshold as a number, given the comparator value when it is relative.</summary>
    /// <param name="comparatorValue">The comparator's value; ignored for a fixed threshold.</param>
    /// <returns>The threshold value, or <see langword="null"/> when it is relative and the comparator is missing.</returns>
    public decimal? Resolve(decimal? comparatorValue)
        => IsAbsolute ? Value : comparatorValue * Ratio + Offset;

    /// <summary>Returns the threshold in words, in the invariant culture.</summary>
    /// <returns>For example "75.0" or "England average × 1.2 + 0".</returns>
    public override string ToString() => IsAbsolute
        ? Value.ToString(CultureInfo.InvariantCulture)
        : string.Format(CultureInfo.InvariantCulture, "{0} × {1} + {2}", Comparator!.Label, Ratio, Offset);
}
