using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an entry whose residual fell below the threshold as removed, to its service register.</summary>
[Name("Removed below threshold")]
[Priority(50)]
[Tag("RegisterChanges")]
[Policy("001:817 'removed from the corporate risk register because the mitigating actions have reduced the residual risk score to below 12'")]
public sealed class RemovedBelowThresholdRule : Rule, IDescribedRule, ICitedRule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the threshold.</param>
    public RemovedBelowThresholdRule(ScoringPolicy policy) => _policy = Guard.NotNull(policy);

    /// <inheritdoc />
    public string Description =>
        $"Reports an entry whose residual fell below {_policy.InclusionThreshold} as removed from the corporate register; it stays on its service register.";

    /// <inheritdoc />
    public string Citation => ThresholdCitation.For(_policy, typeof(RemovedBelowThresholdRule));

    /// <inheritdoc />
    public override void Define()
    {
        Inclusion inclusion = null!;
        PreviousMatch match = null!;
        When()
            .Match(() => inclusion, i => !i.IsOnCorporateRegister)
            .Match(() => match, m => m.Current.Entry == inclusion.Entry, m => _policy.Includes(m.Previous.Judged));
        Then().Yield(_ => Findings.RemovedBelowThreshold(inclusion, match));
    }
}
