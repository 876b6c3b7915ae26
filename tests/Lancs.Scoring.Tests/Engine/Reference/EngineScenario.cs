using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Engine;
using NRules.RuleModel;

namespace Lancs.Scoring.Tests.Engine.Reference;

/// <summary>A random rule set and the facts to run it on.</summary>
public sealed record EngineScenario(IReadOnlyList<RuleSpec> Rules, IReadOnlyList<KeyValue> Facts)
{
    /// <summary>Returns the rules as NRules rule definitions, one <see cref="GeneratedRule"/> per spec.</summary>
    public IReadOnlyList<IRuleDefinition> Definitions() => RuleDefinitions.Create(Rules.Select(spec => new GeneratedRule(spec)));

    public override string ToString() =>
        "Rules:\n  " + string.Join("\n  ", Rules) + "\nFacts: " + string.Join(", ", Facts);
}
