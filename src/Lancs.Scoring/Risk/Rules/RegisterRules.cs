using System.Collections.Generic;
using Lancs.Scoring.Engine;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>The register's rules, for a policy, in the order that breaks ties between equal priorities.</summary>
public static class RegisterRules
{
    /// <summary>Returns one instance of every register rule, configured by <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The rules, ready for <see cref="RuleSet.Compile"/>.</returns>
    public static IReadOnlyList<Rule> For(ScoringPolicy policy)
    {
        Guard.NotNull(policy);
        return new Rule[]
        {
            new ScoreEntryRule(policy),
            new CorporateRegisterInclusionRule(policy),
            new ServiceRegisterRule(policy),
            new MatchPreviousQuarterRule(policy),
            new DirectionOfTravelRule(),
            new NewEntryRule(),
            new StatedDirectionContradictsRule(),
            new MixedStatedDirectionRule(),
            new ResidualOnWrongSideRule(),
            new MissingResidualRule(),
            new DuplicateIdRule(),
            new LikelyRenumberingRule(policy),
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
}
