namespace Lancs.Scoring.Json;

/// <summary>A data-quality finding as JSON.</summary>
public sealed class FindingJson
{
    /// <summary>Gets the entry concerned, or <see langword="null"/> for the register as a whole.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the entry's id in the previous quarter when the finding is about a renumbering, or <see langword="null"/>.</summary>
    public string? PreviousId { get; init; }

    /// <summary>Gets the kind of finding: the name of a <see cref="Risk.FindingKind"/>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>Gets what was found, as a sentence.</summary>
    public string Text { get; init; } = string.Empty;
}
