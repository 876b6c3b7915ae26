namespace Lancs.Scoring.Json;

/// <summary>An entry's predecessor in the previous quarter's register as JSON: its id (another one after a renumbering),
/// its quarter and the score it was judged on. It holds no further links, so the document has no cycles.</summary>
public sealed class PreviousEntryJson
{
    /// <summary>Gets the id the entry had in the previous quarter.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the previous quarter: "Q1 2016/17".</summary>
    public string Quarter { get; init; } = string.Empty;

    /// <summary>Gets the score the entry was judged on then: its residual, or its inherent score without one.</summary>
    public int Residual { get; init; }
}
