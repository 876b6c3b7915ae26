using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an entry that was on the previous register and is absent now, without inferring a reason.</summary>
[Name("Removed without reason")]
[Priority(50)]
[Tag("RegisterChanges")]
[Policy("000:1461-1462 'one deletion: CO3 ...' with no reason given, though its last residual was 16 (001:895)")]
public sealed class RemovedWithoutReasonRule : Rule, IDescribedRule, ICitedRule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the threshold.</param>
    public RemovedWithoutReasonRule(ScoringPolicy policy) => _policy = Guard.NotNull(policy);

    /// <inheritdoc />
    public string Description =>
        $"Reports an entry that was on the previous register ({_policy.InclusionThreshold} or above) and has no match now as removed, with no reason inferred.";

    /// <inheritdoc />
    public string Citation => ThresholdCitation.For(_policy, typeof(RemovedWithoutReasonRule));

    /// <inheritdoc />
    public override void Define()
    {
        PreviousQuarterEntry previous = null!;
        When()
            .Match(() => previous, p => _policy.Includes(p.Judged))
            .Not<PreviousMatch>(m => m.Previous == previous);
        Then().Yield(_ => Findings.RemovedWithoutReason(previous));
    }
}
