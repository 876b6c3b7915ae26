using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>What an action runs against: the working memory it derives into, the rule it belongs to, and whether derived
/// facts are deduplicated (inside a recursive stratum, where a fixpoint needs set semantics).</summary>
/// <remarks>One per rule run; actions never see the public session.</remarks>
internal sealed class Activation
{
    public Activation(WorkingMemory memory, IRuleDefinition rule, bool deduplicate)
    {
        Memory = memory;
        Rule = rule;
        Deduplicate = deduplicate;
    }

    public WorkingMemory Memory { get; }

    public IRuleDefinition Rule { get; }

    public bool Deduplicate { get; }

    /// <summary>Adds a derived fact to memory (once, when deduplicating).</summary>
    public void Derive<TFact>(TFact fact, int derivation) => Memory.AddDerived(fact, derivation, Deduplicate);
}
