using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Keeps an entry on the corporate register when its residual score is at or above the threshold.</summary>
[Name("Corporate register inclusion")]
[Priority(90)]
[Tag("Register")]
[Policy("001:789 'the residual risk score for the following entries remains 12 or above so the issue remains on the register'; 002:264")]
public sealed class CorporateRegisterInclusionRule : Rule, IDescribedRule, ICitedRule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the threshold.</param>
    public CorporateRegisterInclusionRule(ScoringPolicy policy) => _policy = Guard.NotNull(policy);

    /// <inheritdoc />
    public string Description =>
        $"Keeps an entry on the corporate register when its residual score is {_policy.InclusionThreshold} or above (inclusive).";

    /// <inheritdoc />
    public string Citation => ThresholdCitation.For(_policy, typeof(CorporateRegisterInclusionRule));

    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        When().Match(() => scored, s => _policy.Includes(s.Judged));
        Then().Yield(_ => new Inclusion(scored, true, _policy));
    }
}
