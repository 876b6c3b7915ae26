using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Kpi.Rules;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using NRules.RuleModel;

namespace Lancs.Scoring.Tests.Conventions;

/// <summary>Every rule the library ships, as NRules rule definitions: the three areas' rule sets under their published defaults.</summary>
internal static class ShippedRules
{
    public static IEnumerable<IRuleSet> RuleSets()
    {
        yield return RegisterRules.RuleSet(ScoringPolicy.Default);
        yield return RuleDefinitions.ToRuleSet("Lancs.Scoring.Register.ById",
            RegisterRules.For(ScoringPolicy.Default.WithMatching(PreviousQuarterMatching.ById)).Where(r => r is MatchPreviousQuarterRule));
        yield return KpiRules.RuleSet();
        yield return ComplaintRules.RuleSet();
    }

    public static IReadOnlyList<IRuleDefinition> Definitions() => RuleSets().SelectMany(s => s.Rules).ToList();
}
