using Ardalis.SmartEnum;

namespace Lancs.Scoring.Kpi;

/// <summary>How an observation's band moved since the previous period of the same indicator.</summary>
/// <remarks>The papers' verbs: "moved up to" (000:1636, 1637), "moved down to" / "dropped into" (000:1622, 1626), "remains" / "remained in" (000:1618, 1639). Staying in a band says nothing about the value's direction (000:1618). Ordered by <c>Value</c>.</remarks>
public sealed class BandMovement : SmartEnum<BandMovement>
{
    /// <summary>The band is better than the previous period's.</summary>
    public static readonly BandMovement MovedUp = new(nameof(MovedUp), 1);

    /// <summary>The band is the same as the previous period's.</summary>
    public static readonly BandMovement Stayed = new(nameof(Stayed), 2);

    /// <summary>The band is worse than the previous period's.</summary>
    public static readonly BandMovement Dropped = new(nameof(Dropped), 3);

    /// <summary>There is no previous period, or either period is not banded.</summary>
    public static readonly BandMovement Unknown = new(nameof(Unknown), 4);

    private BandMovement(string name, int value)
        : base(name, value)
    {
    }
}
