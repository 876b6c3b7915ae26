using Ardalis.SmartEnum;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// Which band owns a value that sits exactly on a threshold.
/// </summary>
/// <remarks>The papers print no thresholds, so they never settle this (kpi_rules.md 5); each indicator states its
/// rule. Ordered by <c>Value</c>.</remarks>
public sealed class BoundaryRule : SmartEnum<BoundaryRule>
{
    /// <summary>A value on a threshold belongs to the better of the two bands ("at least 90% is Good").</summary>
    public static readonly BoundaryRule ToBetterBand = new(nameof(ToBetterBand), 1);

    /// <summary>A value on a threshold belongs to the worse of the two bands ("Good means better than 90%").</summary>
    public static readonly BoundaryRule ToWorseBand = new(nameof(ToWorseBand), 2);

    private BoundaryRule(string name, int value)
        : base(name, value)
    {
    }
}
