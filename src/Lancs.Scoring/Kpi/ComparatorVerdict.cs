using Ardalis.SmartEnum;

namespace Lancs.Scoring.Kpi;

/// <summary>Whether a value is better or worse than a comparator, given the indicator's polarity.</summary>
/// <remarks>A value equal to the comparator is the same, not better: re-referrals at 21.9% equal the England average (002:457). The papers' ASCOF "similar" is significance-based and is not reproduced (kpi_rules.md 2.3). Ordered by <c>Value</c>.</remarks>
public sealed class ComparatorVerdict : SmartEnum<ComparatorVerdict>
{
    /// <summary>The value is better than the comparator.</summary>
    public static readonly ComparatorVerdict Better = new(nameof(Better), 1);

    /// <summary>The value equals the comparator.</summary>
    public static readonly ComparatorVerdict Same = new(nameof(Same), 2);

    /// <summary>The value is worse than the comparator.</summary>
    public static readonly ComparatorVerdict Worse = new(nameof(Worse), 3);

    /// <summary>The value is missing or the indicator has no polarity.</summary>
    public static readonly ComparatorVerdict Unknown = new(nameof(Unknown), 4);

    private ComparatorVerdict(string name, int value)
        : base(name, value)
    {
    }
}
