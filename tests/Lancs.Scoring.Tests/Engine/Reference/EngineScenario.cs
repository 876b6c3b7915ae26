using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Tests.Engine.Reference;

/// <summary>A random rule set and the facts to run it on.</summary>
public sealed record EngineScenario(IReadOnlyList<RuleSpec> Rules, IReadOnlyList<KeyValue> Facts)
{
    public override string ToString() =>
        "Rules:\n  " + string.Join("\n  ", Rules) + "\nFacts: " + string.Join(", ", Facts);
}
