using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Sends an entry whose residual score is below the threshold back to its service register.</summary>
[Name("Below threshold: service register")]
[Priority(90)]
[Tag("Register")]
[Policy("001:817 'removed from the corporate risk register because the mitigating actions have reduced the residual risk score to below 12. However, the risks will remain on service risk registers'")]
public sealed class ServiceRegisterRule : Rule, IDescribedRule, ICitedRule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the threshold.</param>
    public ServiceRegisterRule(ScoringPolicy policy) => _policy = Guard.NotNull(policy);

    /// <inheritdoc />
    public string Description =>
        $"Takes an entry whose residual score is below {_policy.InclusionThreshold} off the corporate register; it stays on its service register.";

    /// <inheritdoc />
    public string Citation => ThresholdCitation.For(_policy, typeof(ServiceRegisterRule));

    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        When().Match(() => scored, s => !_policy.Includes(s.Judged));
        Then().Yield(_ => new Inclusion(scored, false, _policy));
    }
}
