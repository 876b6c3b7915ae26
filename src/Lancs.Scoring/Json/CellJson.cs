namespace Lancs.Scoring.Json;

/// <summary>A cell of the 5x5 matrix as JSON: the impact with the kind's label ("Outstanding" for an opportunity's impact 5)
/// and the likelihood.</summary>
public sealed class CellJson
{
    /// <summary>Gets the impact row's label for the entry's kind: "Catastrophic" for a risk, "Outstanding" for an opportunity.</summary>
    public string Impact { get; init; } = string.Empty;

    /// <summary>Gets the likelihood's name: "Rare" to "Certain".</summary>
    public string Likelihood { get; init; } = string.Empty;
}
