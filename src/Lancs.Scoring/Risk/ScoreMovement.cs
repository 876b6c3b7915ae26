namespace Lancs.Scoring.Risk;

/// <summary>A fact the rules derive: how an entry's residual score moved since the previous quarter.</summary>
/// <remarks>The arrow describes the size of the scored quantity, not whether it is good news (register_rules §5.3):
/// Upwards is unfavourable for a risk and favourable for an opportunity; see <see cref="IsFavourable"/>.</remarks>
public sealed class ScoreMovement
{
    private readonly bool _higherIsBetter;

    internal ScoreMovement(RegisterEntry entry, DirectionOfTravel direction, RiskScore? from, bool higherIsBetter)
    {
        Entry = entry;
        _higherIsBetter = higherIsBetter;
        Direction = direction;
        From = from;
    }

    /// <summary>Gets the entry.</summary>
    public RegisterEntry Entry { get; }

    /// <summary>Gets the derived direction: Upwards, Downwards or Level against the previous quarter, or New.</summary>
    public DirectionOfTravel Direction { get; }

    /// <summary>Gets the previous quarter's score, or <see langword="null"/> for a new entry.</summary>
    public RiskScore? From { get; }

    /// <summary>Gets this quarter's score.</summary>
    public RiskScore To => Entry.JudgedScore;

    /// <summary>Gets whether the movement is good news by the policy's direction semantics (published: down for a risk,
    /// up for an opportunity); <see langword="null"/> for Level and New.</summary>
    public bool? IsFavourable =>
        Direction == DirectionOfTravel.Upwards ? _higherIsBetter
        : Direction == DirectionOfTravel.Downwards ? !_higherIsBetter
        : null;

    /// <summary>Returns the movement between two judged scores: Upwards, Downwards or Level.</summary>
    /// <param name="from">The previous quarter's score.</param>
    /// <param name="to">This quarter's score.</param>
    /// <returns>The direction.</returns>
    public static DirectionOfTravel Between(RiskScore from, RiskScore to) =>
        to > from ? DirectionOfTravel.Upwards : to < from ? DirectionOfTravel.Downwards : DirectionOfTravel.Level;

    /// <summary>Returns "CR1 Level (16 to 16)".</summary>
    /// <returns>The movement.</returns>
    public override string ToString() =>
        From is { } from ? $"{Entry.Id} {Direction} ({from} to {To})" : $"{Entry.Id} {Direction} (new, {To})";

    internal static ScoreMovement Of(PreviousMatch match) =>
        new(match.Current.Entry, Between(match.Previous.Judged, match.Current.Judged), match.Previous.Judged, match.Current.HigherIsBetter);

    internal static ScoreMovement New(ScoredEntry entry) => new(entry.Entry, DirectionOfTravel.New, null, entry.HigherIsBetter);
}
