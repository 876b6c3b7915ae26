using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an id that names a different subject than it did in the previous quarter.</summary>
[Name("Likely renumbering")]
[Priority(60)]
[Tag("DataQuality")]
[Tag("DirectionOfTravel")]
[Policy("002:264 'a full review' at Q1 2018/19 renumbered the register: CR1 was the medium-term financial strategy (000:1516) and became the Operational Plan (002:306)")]
public sealed class LikelyRenumberingRule : Rule, IDescribedRule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that says how alike two descriptions must be.</param>
    public LikelyRenumberingRule(ScoringPolicy policy) => _policy = Guard.NotNull(policy);

    /// <inheritdoc />
    public string Description =>
        "Reports an entry whose identification number was used in the previous quarter for an entry with a different description " +
        $"(fewer than {_policy.DescriptionSimilarity:P0} of their words in common).";

    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry current = null!;
        PreviousQuarterEntry previous = null!;
        When()
            .Match(() => current)
            .Match(() => previous, p => p.Id == current.Id, p => !_policy.IsSameSubject(p.Entry.Description, current.Entry.Description));
        Then().Yield(_ => Findings.LikelyRenumbering(current, previous));
    }
}
