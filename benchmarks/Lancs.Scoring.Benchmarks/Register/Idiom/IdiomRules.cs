using System;
using NRules.Fluent.Dsl;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register.Idiom;

/// <summary>The four core register rules flattened into one NRules.Fluent rule: each entry, joined to the single lookup
/// fact (a cross join with one fact, so linear), yields its score, inclusion, matches and direction as one fact.</summary>
[Name("Core register rules, flattened")]
public sealed class FlattenedCoreRule : Rule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy.</param>
    public FlattenedCoreRule(ScoringPolicy policy) => _policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <inheritdoc />
    public override void Define()
    {
        PreviousQuarterLookup lookup = null!;
        RegisterEntry entry = null!;
        When()
            .Match(() => lookup)
            .Match(() => entry);
        Then().Yield(_ => CoreOutcome.Of(entry, lookup, _policy));
    }
}

/// <summary>Lookup idiom, rule 1 of 3: scores each entry (the library's <c>ScoreEntryRule</c>).</summary>
[Name("Lookup: score entry")]
public sealed class LookupScoreRule : Rule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy.</param>
    public LookupScoreRule(ScoringPolicy policy) => _policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <inheritdoc />
    public override void Define()
    {
        RegisterEntry entry = null!;
        When().Match(() => entry);
        Then().Yield(_ => new ScoredEntry(entry, _policy.HigherIsBetter(entry.Kind)));
    }
}

/// <summary>Lookup idiom, rule 2 of 3: on or off the corporate register at the threshold (the library's
/// <c>CorporateRegisterInclusionRule</c> and <c>ServiceRegisterRule</c> in one rule).</summary>
[Name("Lookup: inclusion")]
public sealed class LookupInclusionRule : Rule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy.</param>
    public LookupInclusionRule(ScoringPolicy policy) => _policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        When().Match(() => scored);
        Then().Yield(_ => new Inclusion(scored, _policy.Includes(scored.Judged), _policy));
    }
}

/// <summary>Lookup idiom, rule 3 of 3: the previous-quarter join by id through the lookup fact, and the direction of
/// travel or New (the library's <c>MatchPreviousQuarterRule</c>, <c>DirectionOfTravelRule</c> and <c>NewEntryRule</c>).</summary>
[Name("Lookup: previous quarter and direction")]
public sealed class LookupDirectionRule : Rule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy.</param>
    public LookupDirectionRule(ScoringPolicy policy) => _policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <inheritdoc />
    public override void Define()
    {
        PreviousQuarterLookup lookup = null!;
        ScoredEntry scored = null!;
        When()
            .Match(() => lookup)
            .Match(() => scored);
        Then().Yield(_ => EntryMovements.Of(scored, lookup, _policy));
    }
}
