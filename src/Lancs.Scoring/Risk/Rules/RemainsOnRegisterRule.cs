using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an entry on the register in both quarters as remaining (or rescored, when its residual changed).</summary>
[Name("Remains on register")]
[Priority(50)]
[Tag("RegisterChanges")]
[Policy("001:789 'remains 12 or above so the issue remains on the register'; 001:802 'Residual score remains at 12'")]
public sealed class RemainsOnRegisterRule : Rule, IDescribedRule, ICitedRule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the threshold.</param>
    public RemainsOnRegisterRule(ScoringPolicy policy) => _policy = Guard.NotNull(policy);

    /// <inheritdoc />
    public string Description =>
        $"Reports an entry at {_policy.InclusionThreshold} or above in both quarters as remaining on the register, or as rescored when its residual changed.";

    /// <inheritdoc />
    public string Citation => ThresholdCitation.For(_policy, typeof(RemainsOnRegisterRule));

    /// <inheritdoc />
    public override void Define()
    {
        Inclusion inclusion = null!;
        PreviousMatch match = null!;
        When()
            .Match(() => inclusion, i => i.IsOnCorporateRegister)
            .Match(() => match, m => m.Current.Entry == inclusion.Entry, m => _policy.Includes(m.Previous.Judged));
        Then().Yield(_ => Findings.Remains(inclusion, match));
    }
}
