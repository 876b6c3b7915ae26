using System.Collections.Generic;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Tests.Engine;

/// <summary>Compiles NRules.Fluent rule instances for the batch engine, as the scorers do.</summary>
internal static class Batch
{
    public static BatchRuleSet Compile(IEnumerable<Rule> rules) => BatchRuleSet.Compile(RuleDefinitions.Create(rules));

    public static BatchRuleSet Compile(params Rule[] rules) => Compile((IEnumerable<Rule>)rules);
}
