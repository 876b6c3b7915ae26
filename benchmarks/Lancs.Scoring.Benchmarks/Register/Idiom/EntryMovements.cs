using System.Collections.Generic;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register.Idiom;

/// <summary>An entry's matches in the previous quarter and its direction of travel, as one fact (<see cref="LookupDirectionRule"/>).</summary>
public sealed class EntryMovements
{
    /// <summary>Creates the fact.</summary>
    /// <param name="scored">The scored entry.</param>
    /// <param name="matches">Its matches in the previous quarter.</param>
    /// <param name="movements">Its direction of travel: one per match, New, or none without a previous register.</param>
    public EntryMovements(ScoredEntry scored, IReadOnlyList<PreviousMatch> matches, IReadOnlyList<ScoreMovement> movements)
    {
        Scored = scored;
        Matches = matches;
        Movements = movements;
    }

    /// <summary>Gets the scored entry.</summary>
    public ScoredEntry Scored { get; }

    /// <summary>Gets the matches.</summary>
    public IReadOnlyList<PreviousMatch> Matches { get; }

    /// <summary>Gets the movements.</summary>
    public IReadOnlyList<ScoreMovement> Movements { get; }

    /// <summary>Matches <paramref name="scored"/> in <paramref name="lookup"/> and derives its direction.</summary>
    /// <param name="scored">The scored entry.</param>
    /// <param name="lookup">The previous quarter by id.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The fact.</returns>
    public static EntryMovements Of(ScoredEntry scored, PreviousQuarterLookup lookup, ScoringPolicy policy)
    {
        var matches = lookup.Matches(scored, policy);
        return new EntryMovements(scored, matches, lookup.Movements(scored, matches));
    }
}
