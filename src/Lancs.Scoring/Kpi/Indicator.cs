using System;
using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// A performance indicator: what is measured, which way is good, the band scheme and the thresholds between its
/// bands, and optionally a target, comparators and bounds.
/// </summary>
/// <remarks>Create one with <see cref="Create"/> (banded by thresholds), <see cref="CreateRag"/> (banded by target and
/// tolerance) or <see cref="CreateDataOnly"/>, which check the whole definition and report every problem at once. An indicator
/// without thresholds is tracked (movement, comparators, target) but never banded: its observations come out as
/// <see cref="BandStatus.NotBanded"/>, or <see cref="BandStatus.DataOnly"/> for a data-only indicator.</remarks>
public sealed partial class Indicator
{
    // The band assignments that depend on the indicator alone (data only, no thresholds, no target), made on first need and
    // shared by every observation of it: an assignment is immutable, and a bulk run made the same sentence a million times.
    private BandAssignment? _unbanded;
    private BandAssignment? _untargeted;

    private Indicator(string code, string name, KpiUnit unit, Polarity polarity, BandingScheme? scheme, IReadOnlyList<Threshold> thresholds, BoundaryRule boundary, decimal minimum, decimal? maximum, decimal? target, IReadOnlyDictionary<ComparatorKind, decimal> comparators, string source, bool thresholdsAreIllustrative,
        TargetBanding? targetBanding = null, bool isDataOnly = false)
    {
        TargetBanding = targetBanding;
        IsDataOnly = isDataOnly;
        Code = code;
        Name = name;
        Unit = unit;
        Polarity = polarity;
        Scheme = scheme;
        Thresholds = thresholds;
        Boundary = boundary;
        Minimum = minimum;
        Maximum = maximum;
        Target = target;
        Comparators = comparators;
        Source = source;
        ThresholdsAreIllustrative = thresholdsAreIllustrative;
    }

    /// <summary>Gets the indicator's short code, unique in its catalogue (for example <c>CLA-RATE</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the indicator's name as the papers print it.</summary>
    public string Name { get; }

    /// <summary>Gets the unit of its values.</summary>
    public KpiUnit Unit { get; }

    /// <summary>Gets the direction in which the indicator is good.</summary>
    public Polarity Polarity { get; }

    /// <summary>Gets the band scheme its observations are placed in, or <see langword="null"/> for an indicator the
    /// papers track (values, comparators, targets) but never band.</summary>
    public BandingScheme? Scheme { get; }

    /// <summary>Gets the thresholds between adjacent bands, best boundary first: <c>Thresholds[i]</c> separates band
    /// <c>i</c> from band <c>i + 1</c>. Empty when the indicator is not banded.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; }

    /// <summary>Gets which band owns a value exactly on a threshold.</summary>
    /// <value><see cref="BoundaryRule.ToBetterBand"/> unless stated.</value>
    public BoundaryRule Boundary { get; }

    /// <summary>Gets the lowest valid value (inclusive).</summary>
    /// <value>The unit's default unless stated.</value>
    public decimal Minimum { get; }

    /// <summary>Gets the highest valid value (inclusive), or <see langword="null"/> when unbounded.</summary>
    /// <value>The unit's default unless stated.</value>
    public decimal? Maximum { get; }

    /// <summary>Gets the target, or <see langword="null"/> when the indicator has none. An observation may carry
    /// its own target for its period, which takes precedence.</summary>
    public decimal? Target { get; }

    /// <summary>Gets the comparator values that apply when an observation does not carry its own.</summary>
    public IReadOnlyDictionary<ComparatorKind, decimal> Comparators { get; }

    /// <summary>Gets the citation of the paper the indicator comes from (seed:line and a few words).</summary>
    public string Source { get; }

    /// <summary>Gets a value indicating whether the thresholds are illustrative: chosen to reproduce the printed
    /// bands because the papers print no thresholds, not the council's own.</summary>
    public bool ThresholdsAreIllustrative { get; }

    /// <summary>Gets how the indicator is banded by target and tolerance (RAG), or <see langword="null"/> when it is banded by
    /// thresholds or not at all.</summary>
    public TargetBanding? TargetBanding { get; }

    /// <summary>Gets a value indicating whether the indicator is "data only": reported for information, never banded.</summary>
    public bool IsDataOnly { get; }

    /// <summary>Gets a value indicating whether the indicator is banded by target and tolerance (<see cref="TargetBanding"/>).</summary>
    public bool IsBandedByTarget => TargetBanding is not null;

    /// <summary>Gets a value indicating whether the indicator has thresholds, or is banded by target, so that its values can be banded.</summary>
    public bool IsBanded => Scheme is not null && (Thresholds.Count > 0 || IsBandedByTarget);

    /// <summary>Gets a value indicating whether any threshold is worked out from a comparator.</summary>
    public bool HasRelativeThresholds => Thresholds.Any(t => !t.IsAbsolute);

    /// <summary>Returns whether <paramref name="value"/> lies within <see cref="Minimum"/> and
    /// <see cref="Maximum"/>, both inclusive.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value is within bounds.</returns>
    public bool IsWithinBounds(decimal value) => value >= Minimum && (Maximum is null || value <= Maximum.Value);

    /// <summary>Returns the indicator's code and name.</summary>
    /// <returns>"code (name)".</returns>
    public override string ToString() => Code + " (" + Name + ")";

    /// <summary>Returns the assignment of an observation of this indicator that is not banded for a reason of the indicator's
    /// own (data only, or no thresholds), made once by <paramref name="make"/>.</summary>
    internal BandAssignment Unbanded(System.Func<Indicator, BandAssignment> make) => _unbanded ??= make(this);

    /// <summary>Returns the assignment of an observation of this target-banded indicator given no target, made once by <paramref name="make"/>.</summary>
    internal BandAssignment Untargeted(System.Func<Indicator, BandAssignment> make) => _untargeted ??= make(this);
}
