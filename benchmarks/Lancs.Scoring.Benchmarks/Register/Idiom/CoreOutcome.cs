using System.Collections.Generic;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register.Idiom;

/// <summary>What the four core register rules conclude about one entry, as one fact: its score, its inclusion at the
/// threshold, its matches in the previous quarter by id and its direction of travel (or New).</summary>
/// <remarks>The parts are the library's own fact types (<see cref="ScoredEntry"/>, <see cref="Inclusion"/>,
/// <see cref="PreviousMatch"/>, <see cref="ScoreMovement"/>), built by the same constructors the library's rules use.</remarks>
public sealed class CoreOutcome
{
    private CoreOutcome(ScoredEntry scored, Inclusion inclusion, PreviousMatch[] matches, ScoreMovement[] movements)
    {
        Scored = scored;
        Inclusion = inclusion;
        Matches = matches;
        Movements = movements;
    }

    /// <summary>Gets the scored entry.</summary>
    public ScoredEntry Scored { get; }

    /// <summary>Gets the entry's inclusion on the corporate register.</summary>
    public Inclusion Inclusion { get; }

    /// <summary>Gets the entry's matches in the previous quarter.</summary>
    public IReadOnlyList<PreviousMatch> Matches { get; }

    /// <summary>Gets the entry's direction of travel: one per match, New, or none without a previous register.</summary>
    public IReadOnlyList<ScoreMovement> Movements { get; }

    /// <summary>Applies the four core rules to one entry.</summary>
    /// <param name="entry">This quarter's entry.</param>
    /// <param name="lookup">The previous quarter by id.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The outcome.</returns>
    public static CoreOutcome Of(RegisterEntry entry, PreviousQuarterLookup lookup, ScoringPolicy policy)
    {
        var scored = new ScoredEntry(entry, policy.HigherIsBetter(entry.Kind));      // ScoreEntryRule
        var inclusion = new Inclusion(scored, policy.Includes(scored.Judged), policy);  // CorporateRegisterInclusionRule / ServiceRegisterRule
        var matches = lookup.Matches(scored, policy);                                   // MatchPreviousQuarterRule
        return new CoreOutcome(scored, inclusion, matches, lookup.Movements(scored, matches)); // DirectionOfTravelRule / NewEntryRule
    }
}
