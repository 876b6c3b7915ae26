namespace Lancs.Scoring.Json;

/// <summary>A fact an explanation step used or derived, as JSON (<see cref="ExplainedFact"/>).</summary>
public sealed class ExplainedFactJson
{
    /// <summary>Gets the kind of fact: "RegisterEntry", "ScoredEntry", "Inclusion"...</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>Gets the entry the fact is about, or <see langword="null"/>.</summary>
    public string? Id { get; init; }

    /// <summary>Gets what the fact says.</summary>
    public string Text { get; init; } = string.Empty;

    internal static ExplainedFactJson From(ExplainedFact fact) => new() { Kind = fact.Kind, Id = fact.Id?.Raw, Text = fact.Text };
}
