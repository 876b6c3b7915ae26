using System.Collections.Generic;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>The register's rules, for a policy, in the order that breaks ties between equal priorities.</summary>
public static class RegisterRules
{
    /// <summary>Returns one instance of every register rule, configured by <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The NRules.Fluent rule instances; <see cref="RuleSet(ScoringPolicy)"/> gives their definitions ready for a session.</returns>
    public static IReadOnlyList<NRules.Fluent.Dsl.Rule> For(ScoringPolicy policy)
    {
        Guard.NotNull(policy);
        return new NRules.Fluent.Dsl.Rule[]
        {
            new ScoreEntryRule(policy),
            new CorporateRegisterInclusionRule(policy),
            new ServiceRegisterRule(policy),
            policy.Matching == PreviousQuarterMatching.ByLineage ? new MatchByLineageRule() : new MatchPreviousQuarterRule(policy),
            new DirectionOfTravelRule(),
            new NewEntryRule(),
            new StatedDirectionContradictsRule(),
            new MixedStatedDirectionRule(),
            new ResidualOnWrongSideRule(),
            new MissingResidualRule(),
            new ResidualMeetsTargetRule(),
            new TargetOnWrongSideRule(),
            new OutsideAppetiteRule(policy),
            new DuplicateIdRule(),
            new LikelyRenumberingRule(policy),
            new RenumberedEntryRule(),
            new PreviousQuarterNotAdjacentRule(),
            new CoveringReportDisagreesRule(),
            new NotInCoveringReportRule(),
            new AddedToRegisterRule(),
            new ReturnedToRegisterRule(policy),
            new RemainsOnRegisterRule(policy),
            new RemovedBelowThresholdRule(policy),
            new RemovedWithoutReasonRule(policy),
        };
    }

    /// <summary>Returns the register rules for <paramref name="policy"/> as an NRules rule set, for an app's own NRules
    /// <c>RuleRepository</c> (<c>repository.Add(RegisterRules.RuleSet(policy))</c>) or for <see cref="BatchRuleSet.Compile(IEnumerable{IRuleSet})"/>.</summary>
    /// <param name="policy">The policy; load one policy's rules per session (two policies' rules would each match every entry).</param>
    /// <returns>The rule set named <c>Lancs.Scoring.Register</c>; each definition carries its citation as the property
    /// <see cref="RuleDefinitions.PolicyProperty"/> and its description for this policy.</returns>
    /// <remarks>Insert <see cref="RegisterEntry"/> for the current quarter and, with a previous register,
    /// <see cref="PreviousQuarterGiven"/> once and <see cref="PreviousQuarterEntry"/> for each of its entries (and, when the
    /// policy matches <see cref="PreviousQuarterMatching.ByLineage"/>, the <see cref="Predecessor"/>s that
    /// <see cref="RegisterLineage.Match"/> finds), and
    /// <see cref="CoveringStatement"/>s when the covering report is given. Query <see cref="ScoredEntry"/>,
    /// <see cref="Inclusion"/>, <see cref="PreviousMatch"/>, <see cref="ScoreMovement"/>, <see cref="RegisterChange"/>
    /// and <see cref="Finding"/>.</remarks>
    public static IRuleSet RuleSet(ScoringPolicy policy) => RuleDefinitions.ToRuleSet("Lancs.Scoring.Register", For(policy));
}
