using Ardalis.SmartEnum;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// The direction in which an indicator is good, as the 2018 tables print it in the column "Good is High or Low"
/// (002:452): <c>H</c>, <c>L</c> or <c>-</c>.
/// </summary>
/// <remarks>Ordered by <c>Value</c>. <see cref="None"/> marks a volume measure with no good
/// direction ("Number of contacts during the year", 002:454); such an indicator cannot be banded, cannot have a
/// target and has no improved/worsened verdict.</remarks>
public sealed class Polarity : SmartEnum<Polarity>
{
    /// <summary>Higher values are better ("Good is H").</summary>
    public static readonly Polarity HigherIsBetter = new(nameof(HigherIsBetter), 1, "H");

    /// <summary>Lower values are better ("Good is L").</summary>
    public static readonly Polarity LowerIsBetter = new(nameof(LowerIsBetter), 2, "L");

    /// <summary>No direction is better ("Good is -").</summary>
    public static readonly Polarity None = new(nameof(None), 3, "-");

    private Polarity(string name, int value, string printed)
        : base(name, value)
        => Printed = printed;

    /// <summary>Gets the code the papers print for this polarity: <c>H</c>, <c>L</c> or <c>-</c>.</summary>
    public string Printed { get; }

    /// <summary>Gets a value indicating whether this polarity says which direction is better.</summary>
    public bool HasDirection => this != None;

    /// <summary>Gets the opposite polarity; <see cref="None"/> stays <see cref="None"/>.</summary>
    public Polarity Flipped => this == HigherIsBetter ? LowerIsBetter : this == LowerIsBetter ? HigherIsBetter : None;

    /// <summary>Returns +1 when <paramref name="value"/> is better than <paramref name="other"/>, -1 when worse, 0 when
    /// equal or when this polarity has no direction.</summary>
    /// <param name="value">The value to judge.</param>
    /// <param name="other">The value to judge it against.</param>
    /// <returns>+1, 0 or -1.</returns>
    public int Compare(decimal value, decimal other)
    {
        if (this == None || value == other)
        {
            return 0;
        }

        bool higher = value > other;
        return higher == (this == HigherIsBetter) ? 1 : -1;
    }
}
