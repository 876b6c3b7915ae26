using System;
using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Json;

/// <summary>One step of an entry's explanation, as JSON (<see cref="ExplanationStep"/>): the rule, its citation, the facts
/// it used and the one it derived, and the sentence.</summary>
public sealed class ExplanationStepJson
{
    /// <summary>Gets the rule's name.</summary>
    public string Rule { get; init; } = string.Empty;

    /// <summary>Gets the citation of the policy the rule implements, or <see langword="null"/>.</summary>
    public string? Citation { get; init; }

    /// <summary>Gets the facts the rule matched, in the rule's order.</summary>
    public IReadOnlyList<ExplainedFactJson> Used { get; init; } = Array.Empty<ExplainedFactJson>();

    /// <summary>Gets the fact the rule derived.</summary>
    public ExplainedFactJson Derived { get; init; } = new();

    /// <summary>Gets the step as a sentence.</summary>
    public string Sentence { get; init; } = string.Empty;

    internal static ExplanationStepJson From(ExplanationStep step) => new()
    {
        Rule = step.Rule,
        Citation = step.Citation,
        Used = step.Used.Select(ExplainedFactJson.From).ToList(),
        Derived = ExplainedFactJson.From(step.Derived),
        Sentence = step.Sentence,
    };
}
