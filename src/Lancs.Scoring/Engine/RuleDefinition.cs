using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine.Model;

namespace Lancs.Scoring.Engine;

/// <summary>A rule as the engine knows it after reading its <see cref="Rule.Define"/>: its metadata and its model.</summary>
/// <remarks>Immutable once its rule set is compiled. Explanations and rule catalogues read the metadata from here.</remarks>
public sealed class RuleDefinition
{
    private IReadOnlyList<PatternElement> _patterns = Array.Empty<PatternElement>();
    private IReadOnlyList<ActionElement> _actions = Array.Empty<ActionElement>();

    internal RuleDefinition(string name, string description, int priority, IReadOnlyList<string> tags, string? policy, Type ruleType, int declarationIndex)
    {
        Name = name;
        Description = description;
        Priority = priority;
        Tags = tags;
        Policy = policy;
        RuleType = ruleType;
        DeclarationIndex = declarationIndex;
    }

    /// <summary>Gets the rule's name, unique within its rule set.</summary>
    public string Name { get; }

    /// <summary>Gets what the rule does, in a sentence.</summary>
    public string Description { get; }

    /// <summary>Gets the rule's priority; higher fires first among rules that do not depend on each other.</summary>
    public int Priority { get; }

    /// <summary>Gets the rule's tags.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Gets the citation of the council policy the rule implements, or <see langword="null"/>.</summary>
    public string? Policy { get; }

    /// <summary>Gets the class that defines the rule.</summary>
    public Type RuleType { get; }

    /// <summary>Gets the position of the rule in the list it was compiled from; breaks ties between equal priorities.</summary>
    internal int DeclarationIndex { get; }

    /// <summary>Gets the patterns of the left-hand side, in order.</summary>
    internal IReadOnlyList<PatternElement> Patterns => _patterns;

    /// <summary>Gets the actions of the right-hand side, in order.</summary>
    internal IReadOnlyList<ActionElement> Actions => _actions;

    /// <summary>Returns the rule's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal void Complete(IReadOnlyList<PatternElement> patterns, IReadOnlyList<ActionElement> actions)
    {
        _patterns = patterns;
        _actions = actions;
    }
}
