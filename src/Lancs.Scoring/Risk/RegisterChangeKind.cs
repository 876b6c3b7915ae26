using Ardalis.SmartEnum;

namespace Lancs.Scoring.Risk;

/// <summary>How an entry's place on the corporate register changed since the previous quarter, as the covering reports put it.</summary>
public sealed class RegisterChangeKind : SmartEnum<RegisterChangeKind>
{
    /// <summary>On the register now, and not before ("added to the register", 000:1484).</summary>
    public static readonly RegisterChangeKind Added = new(nameof(Added), 1);

    /// <summary>On the register before, and not now ("removed from the corporate risk register", 001:817; "one deletion", 000:1461).</summary>
    public static readonly RegisterChangeKind Removed = new(nameof(Removed), 2);

    /// <summary>On the register in both quarters with the same residual ("remains on the register", 001:789).</summary>
    public static readonly RegisterChangeKind Remains = new(nameof(Remains), 3);

    /// <summary>On the register in both quarters with a different residual ("residual score reassessed", 001:794).</summary>
    public static readonly RegisterChangeKind Rescored = new(nameof(Rescored), 4);

    private RegisterChangeKind(string name, int value)
        : base(name, value)
    {
    }
}
