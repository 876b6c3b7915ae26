using Ardalis.SmartEnum;

namespace Lancs.Scoring.Kpi;

/// <summary>Whether an indicator's value improved, worsened or stayed the same since the previous period, given its polarity.</summary>
/// <remarks>Value direction is separate from band movement (kpi_rules.md 4): the CPP rate improved and moved up (000:1636), the CLA rate worsened and stayed Inadequate (000:1618). Ordered by <c>Value</c>.</remarks>
public sealed class KpiDirection : SmartEnum<KpiDirection>
{
    /// <summary>The value moved in the good direction.</summary>
    public static readonly KpiDirection Improved = new(nameof(Improved), 1);

    /// <summary>The value is equal to the previous period's.</summary>
    public static readonly KpiDirection Unchanged = new(nameof(Unchanged), 2);

    /// <summary>The value moved in the bad direction.</summary>
    public static readonly KpiDirection Worsened = new(nameof(Worsened), 3);

    /// <summary>There is no previous value, this value is missing, or the indicator has no polarity.</summary>
    public static readonly KpiDirection Unknown = new(nameof(Unknown), 4);

    private KpiDirection(string name, int value)
        : base(name, value)
    {
    }
}
