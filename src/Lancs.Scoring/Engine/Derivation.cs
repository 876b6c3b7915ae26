using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Lancs.Scoring.Engine;

/// <summary>How a derived fact came about: the rule that yielded it and the facts that rule matched.</summary>
/// <remarks>Get one from <see cref="Session.Explain(object)"/>. A source that was itself derived has a derivation of
/// its own; <see cref="Session.Trace(object)"/> follows the chain.</remarks>
public sealed class Derivation
{
    internal Derivation(RuleDefinition rule, object fact, IReadOnlyList<object> sources)
    {
        Rule = rule;
        Fact = fact;
        Sources = sources;
    }

    /// <summary>Gets the rule that yielded the fact, with its name, description and policy citation.</summary>
    public RuleDefinition Rule { get; }

    /// <summary>Gets the derived fact.</summary>
    public object Fact { get; }

    /// <summary>Gets the facts the rule matched, one per <c>Match</c> pattern, in the rule's order.</summary>
    public IReadOnlyList<object> Sources { get; }

    /// <summary>Returns the derivation as a sentence: the fact, the rule, its policy citation and the facts it matched.</summary>
    /// <returns>For example "Included CR1 was derived by rule 'Corporate register inclusion' (policy: 001:789 ...) from Scored CR1."</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Fact).Append(" was derived by rule '").Append(Rule.Name).Append('\'');
        if (Rule.Policy is { } policy)
        {
            text.Append(" (policy: ").Append(policy).Append(')');
        }

        text.Append(" from ");
        for (var i = 0; i < Sources.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == Sources.Count - 1 ? " and " : ", ").Append(Sources[i]);
        }

        return text.Append('.').ToString();
    }
}
