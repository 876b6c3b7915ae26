namespace Lancs.Scoring.Json;

/// <summary>A finding about one complaint's deadlines or extensions, as JSON.</summary>
public sealed class ComplaintFindingJson
{
    /// <summary>Gets the complaint's reference.</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>Gets the kind of finding: the name of a <see cref="Complaints.ComplaintFindingKind"/>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>Gets the finding as a sentence.</summary>
    public string Text { get; init; } = string.Empty;
}
