using Ardalis.SmartEnum;

namespace Lancs.Scoring.Risk;

/// <summary>
/// The direction of travel of a register entry: the trend of its risk exposure or opportunity size.
/// </summary>
/// <remarks>
/// The papers print Upwards, Downwards and Level (with ↑/↓ arrows), never "New" (register_rules.md §5.1);
/// <see cref="New"/> is for an entry with no previous quarter. An arrow describes magnitude, not goodness:
/// <see cref="Upwards"/> is unfavourable for a risk and favourable for an opportunity (see
/// <see cref="RegisterKind.HigherIsBetter"/>). Instances compare by <see cref="SmartEnum{TEnum, TValue}.Value"/>.
/// </remarks>
public sealed class DirectionOfTravel : SmartEnum<DirectionOfTravel>
{
    /// <summary>The score or trend went down ("↓ Downwards", e.g. 000:1537).</summary>
    public static readonly DirectionOfTravel Downwards = new DirectionOfTravel(nameof(Downwards), 1);

    /// <summary>The score or trend stayed the same ("Level", e.g. 000:1517).</summary>
    public static readonly DirectionOfTravel Level = new DirectionOfTravel(nameof(Level), 2);

    /// <summary>The score or trend went up ("↑ Upwards", e.g. 000:1551).</summary>
    public static readonly DirectionOfTravel Upwards = new DirectionOfTravel(nameof(Upwards), 3);

    /// <summary>The entry is new this quarter, so it has no previous score to move from.</summary>
    public static readonly DirectionOfTravel New = new DirectionOfTravel(nameof(New), 4);

    private DirectionOfTravel(string name, int value)
        : base(name, value)
    {
    }
}
