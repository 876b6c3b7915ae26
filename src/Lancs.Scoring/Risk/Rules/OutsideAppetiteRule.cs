using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an entry whose residual lies outside the risk appetite the policy states for its kind.</summary>
/// <remarks>The papers state no appetite and no colour bands (register_rules §6), so the published policy has no zones
/// and the rule reports nothing. Where a residual lies: <see cref="RiskAppetite.TryPlace"/>; a bare score that only a zone
/// given by cells could hold is not placed and never reported.</remarks>
[Name("Outside risk appetite")]
[Priority(60)]
[Tag("Appetite")]
[Policy("register_rules §6: the papers define no appetite, zones or colour bands (the Key to Scores, 000:1557-1565, is a bare grid); the zones and the appetite are the policy's own data")]
public sealed class OutsideAppetiteRule : Rule, IDescribedRule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy whose <see cref="ScoringPolicy.Appetite"/> gives the zones and the appetite per kind.</param>
    public OutsideAppetiteRule(ScoringPolicy policy) => _policy = Guard.NotNull(policy);

    /// <inheritdoc />
    public string Description => Findings.AppetiteRuleDescription(_policy.Appetite);

    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        When().Match(() => scored, s => _policy.Appetite.IsOutside(s.Entry.Kind, s.Entry.Residual));
        Then().Yield(_ => Findings.OutsideAppetite(scored, _policy.Appetite));
    }
}
