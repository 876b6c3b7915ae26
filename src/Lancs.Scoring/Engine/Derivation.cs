using System;
using System.Collections.Generic;
using System.Text;
using Lancs.Scoring.Engine.Runtime;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine;

/// <summary>How a derived fact came about: the rule that yielded it and the facts that rule matched.</summary>
/// <remarks>Get one from <see cref="BatchSession.Explain(object)"/>. A source that was itself derived has a derivation of
/// its own; <see cref="BatchSession.Trace(object)"/> follows the chain.</remarks>
public sealed class Derivation
{
    /// <summary>Creates a derivation.</summary>
    /// <param name="rule">The rule that derived the fact.</param>
    /// <param name="fact">The derived fact.</param>
    /// <param name="sources">The facts the rule matched, one per <c>Match</c> pattern, in the rule's order.</param>
    public Derivation(IRuleDefinition rule, object fact, IReadOnlyList<object> sources)
    {
        Rule = Guard.NotNull(rule);
        Fact = Guard.NotNull(fact);
        Sources = Guard.NotNull(sources);
    }

    /// <summary>Gets the rule that yielded the fact, with its name and description; <see cref="RuleDefinitions.Policy"/> gives its citation.</summary>
    public IRuleDefinition Rule { get; }

    /// <summary>Gets the citation of the policy the rule implements, or <see langword="null"/>.</summary>
    public string? Policy => Rule.Policy();

    /// <summary>Gets the derived fact.</summary>
    public object Fact { get; }

    /// <summary>Gets the facts the rule matched, one per <c>Match</c> pattern, in the rule's order.</summary>
    public IReadOnlyList<object> Sources { get; }

    /// <summary>Returns the derivation as a sentence: the fact, the rule, its policy citation and the facts it matched.</summary>
    /// <returns>For example "CR4 scored 16 / 12, derived by rule 'Score entry' (policy: 001:781 ...) from CR4 (Q2 2017/18)."</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Fact.ToString()?.TrimEnd('.')).Append(", derived by rule '").Append(Rule.Name).Append('\'');
        if (Policy is { } policy)
        {
            text.Append(" (policy: ").Append(policy).Append(')');
        }

        text.Append(" from ");
        for (var i = 0; i < Sources.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == Sources.Count - 1 ? " and " : ", ").Append(Sources[i].ToString()?.TrimEnd('.'));
        }

        return text.Append('.').ToString();
    }

    /// <summary>Follows <paramref name="explain"/> from <paramref name="fact"/> through every derived source, depth first, each fact once.</summary>
    internal static IReadOnlyList<Derivation> Trace(object fact, Func<object, Derivation?> explain)
    {
        var chain = new List<Derivation>();
        var visited = new HashSet<object>(FactIdentityComparer.Instance);
        var pending = new Stack<object>();
        pending.Push(fact);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!visited.Add(next) || explain(next) is not { } derivation)
            {
                continue;
            }

            chain.Add(derivation);
            for (var i = derivation.Sources.Count - 1; i >= 0; i--)
            {
                pending.Push(derivation.Sources[i]);
            }
        }

        return chain;
    }
}
