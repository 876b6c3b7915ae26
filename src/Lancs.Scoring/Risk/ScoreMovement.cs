namespace Lancs.Scoring.Risk;

/// <summary>A fact the rules derive: how an entry's residual score moved since the previous quarter.</summary>
/// <remarks>The arrow describes the size of the scored quantity, not whether it is good news (register_rules §5.3):
/// Upwards is unfavourable for a risk and favourable for an opportunity; see <see cref="IsFavourable"/>.</remarks>
public sealed class ScoreMovement
{
    internal ScoreMovement(ScoredEntry scored, DirectionOfTravel direction, RegisterEntry? previous)
    {
        Scored = scored;
        Direction = direction;
        Previous = previous;
    }

    /// <summary>Gets the entry.</summary>
    public RegisterEntry Entry => Scored.Entry;

    /// <summary>Gets the derived direction: Upwards, Downwards or Level against the previous quarter, or New.</summary>
    public DirectionOfTravel Direction { get; }

    /// <summary>Gets the previous quarter's score, or <see langword="null"/> for a new entry.</summary>
    public RiskScore? From => Previous?.JudgedScore;

    /// <summary>Gets the entry's predecessor in the previous quarter's register (under another id after a renumbering), or
    /// <see langword="null"/> for a new entry.</summary>
    public RegisterEntry? Previous { get; }

    /// <summary>Gets this quarter's score.</summary>
    public RiskScore To => Entry.JudgedScore;

    /// <summary>Gets whether the movement is good news by the policy's direction semantics (published: down for a risk,
    /// up for an opportunity); <see langword="null"/> for Level and New.</summary>
    public bool? IsFavourable =>
        Direction == DirectionOfTravel.Upwards ? Scored.HigherIsBetter
        : Direction == DirectionOfTravel.Downwards ? !Scored.HigherIsBetter
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

    /// <summary>Gets the scored entry that moved.</summary>
    internal ScoredEntry Scored { get; }

    internal static ScoreMovement Of(PreviousMatch match) =>
        new(match.Current, Between(match.Previous.Judged, match.Current.Judged), match.Previous.Entry);

    internal static ScoreMovement New(ScoredEntry entry) => new(entry, DirectionOfTravel.New, null);
}
