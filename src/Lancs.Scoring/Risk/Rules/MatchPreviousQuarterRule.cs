using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Pairs each entry with the same entry in the previous quarter's register.</summary>
[Name("Match previous quarter")]
[Priority(80)]
[Tag("Register")]
[Tag("DirectionOfTravel")]
[Policy("000:1457-1462 additions and deletions are reported against the previous quarter; ids were reused when the register was renumbered at Q1 2018/19 (002:264)")]
public sealed class MatchPreviousQuarterRule : Rule, IDescribedRule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that says how entries are matched.</param>
    public MatchPreviousQuarterRule(ScoringPolicy policy) => _policy = Guard.NotNull(policy);

    /// <inheritdoc />
    public string Description => _policy.Matching == PreviousQuarterMatching.ById
        ? "Pairs each entry with the previous quarter's entry of the same identification number."
        : "Pairs each entry with the previous quarter's entry of the same identification number and a similar description.";

    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry current = null!;
        PreviousQuarterEntry previous = null!;
        When()
            .Match(() => current)
            .Match(() => previous, p => p.Id == current.Id,
                p => _policy.Matching == PreviousQuarterMatching.ById || _policy.IsSameSubject(p.Entry.Description, current.Entry.Description));
        Then().Yield(_ => new PreviousMatch(current, previous));
    }
}
