using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an entry whose residual rose to the threshold or above since the previous quarter.</summary>
[Name("Returned to register")]
[Priority(50)]
[Tag("RegisterChanges")]
[Policy("001:794 'Residual score reassessed and increased to 12'")]
public sealed class ReturnedToRegisterRule : Rule, IDescribedRule, ICitedRule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the threshold.</param>
    public ReturnedToRegisterRule(ScoringPolicy policy) => _policy = Guard.NotNull(policy);

    /// <inheritdoc />
    public string Description =>
        $"Reports an entry whose residual rose from below {_policy.InclusionThreshold} to {_policy.InclusionThreshold} or above as added to the register.";

    /// <inheritdoc />
    public string Citation => ThresholdCitation.For(_policy, typeof(ReturnedToRegisterRule));

    /// <inheritdoc />
    public override void Define()
    {
        Inclusion inclusion = null!;
        PreviousMatch match = null!;
        When()
            .Match(() => inclusion, i => i.IsOnCorporateRegister)
            .Match(() => match, m => m.Current.Entry == inclusion.Entry, m => !_policy.Includes(m.Previous.Judged));
        Then().Yield(_ => Findings.Returned(inclusion, match));
    }
}
