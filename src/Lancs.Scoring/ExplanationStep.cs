using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using NRules.RuleModel;

namespace Lancs.Scoring;

/// <summary>One step of an explanation, as data: the rule that fired, what it is for, the policy it implements, the
/// facts it used and the fact it derived, and the same step as an English sentence.</summary>
public sealed class ExplanationStep
{
    internal ExplanationStep(string rule, string? description, string? citation, IReadOnlyList<ExplainedFact> used, ExplainedFact derived, string sentence)
    {
        Rule = rule;
        Description = description;
        Citation = citation;
        Used = used;
        Derived = derived;
        Sentence = sentence;
    }

    /// <summary>Gets the rule's name, as NRules names it ("Corporate register inclusion").</summary>
    public string Rule { get; }

    /// <summary>Gets the rule's description, under the policy in force, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Gets the citation of the policy the rule implements ("001:789 ..."), or <see langword="null"/>.</summary>
    public string? Citation { get; }

    /// <summary>Gets the facts the rule matched, one per pattern, in the rule's order.</summary>
    public IReadOnlyList<ExplainedFact> Used { get; }

    /// <summary>Gets the fact the rule derived.</summary>
    public ExplainedFact Derived { get; }

    /// <summary>Gets the step as a sentence: "CR1: residual 16 is 12 or above: on the corporate risk and opportunity
    /// register, derived by rule 'Corporate register inclusion' (policy: 001:789) from CR1 scored 25 / 16."</summary>
    public string Sentence { get; }

    /// <summary>Returns a derivation as a step; <paramref name="idOf"/> names the entry each fact is about.</summary>
    internal static ExplanationStep From(Derivation derivation, Func<object, EntryId?> idOf)
    {
        var used = new ExplainedFact[derivation.Sources.Count];
        for (var i = 0; i < used.Length; i++)
        {
            used[i] = Fact(derivation.Sources[i], idOf);
        }

        return new ExplanationStep(derivation.Rule.Name, derivation.Rule.Description, derivation.Policy, used, Fact(derivation.Fact, idOf), derivation.ToString());
    }

    /// <summary>Returns a step a scorer without rules writes (the benchmarks' hand-written baseline): a sentence about a
    /// fact, with no rule behind it.</summary>
    internal static ExplanationStep Unruled(object fact, Func<object, EntryId?> idOf) =>
        new("(no rule)", null, null, Array.Empty<ExplainedFact>(), Fact(fact, idOf), Phrase(fact) + ".");

    private static ExplainedFact Fact(object fact, Func<object, EntryId?> idOf) => new(fact.GetType().Name, idOf(fact), Phrase(fact), fact);

    private static string Phrase(object fact) => fact.ToString()?.TrimEnd('.') ?? fact.GetType().Name;

    /// <summary>Returns <see cref="Sentence"/>.</summary>
    /// <returns>The step as a sentence.</returns>
    public override string ToString() => Sentence;
}
