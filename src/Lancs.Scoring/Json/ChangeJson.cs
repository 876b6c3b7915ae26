namespace Lancs.Scoring.Json;

/// <summary>A change to the corporate register since the previous quarter as JSON.</summary>
public sealed class ChangeJson
{
    /// <summary>Gets the entry's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the entry's id in the previous quarter after a renumbering, or <see langword="null"/>.</summary>
    public string? PreviousId { get; init; }

    /// <summary>Gets the kind of change: the name of a <see cref="Risk.RegisterChangeKind"/>, such as "Added".</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>Gets why, as a sentence with the scores.</summary>
    public string Text { get; init; } = string.Empty;
}
