using Ardalis.SmartEnum;

namespace Lancs.Scoring.Risk;

/// <summary>How a printed Direction of Travel cell was read: what <see cref="StatedDirection.Normalised"/> rests on.</summary>
/// <remarks><see cref="StatedDirection.Normalised"/> is set exactly when the reading is <see cref="Keyword"/> or
/// <see cref="Phrase"/>. Instances compare by <see cref="SmartEnum{TEnum, TValue}.Value"/>.</remarks>
public sealed class StatedDirectionReading : SmartEnum<StatedDirectionReading>
{
    /// <summary>The cell is empty or white space (002 CO3, 002:387).</summary>
    public static readonly StatedDirectionReading Blank = new(nameof(Blank), 1);

    /// <summary>The cell starts with an arrow or keyword: "↑ Upwards", "Downwards", "Level" (000:1551, 000:1527, 000:1517).</summary>
    public static readonly StatedDirectionReading Keyword = new(nameof(Keyword), 2);

    /// <summary>The cell has no leading keyword but states one movement in plain words: "continues to reduce" (000:1523),
    /// "This is a new risk" (002:306), "remains unchanged", "reduced since last quarter".</summary>
    public static readonly StatedDirectionReading Phrase = new(nameof(Phrase), 3);

    /// <summary>The cell has text but states no movement that can be read: narrative ("The risk is being managed",
    /// 002:358), evaluative words ("Positive", 001:875), only negated movements ("not reducing"), or movements of more
    /// than one direction without a leading keyword (then <see cref="StatedDirection.IsMixed"/> is set).</summary>
    public static readonly StatedDirectionReading Unread = new(nameof(Unread), 4);

    private StatedDirectionReading(string name, int value)
        : base(name, value)
    {
    }
}
