using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>Rules that run together: one rule, or rules that feed each other (recursion), run to a fixpoint.</summary>
internal sealed class Stratum
{
    public Stratum(IReadOnlyList<CompiledRule> rules, bool isRecursive)
    {
        Rules = rules;
        IsRecursive = isRecursive;
    }

    /// <summary>Gets the rules, by priority (highest first) and then declaration order.</summary>
    public IReadOnlyList<CompiledRule> Rules { get; }

    /// <summary>Gets whether the rules consume what they yield, so the stratum iterates until nothing new appears.</summary>
    public bool IsRecursive { get; }
}
