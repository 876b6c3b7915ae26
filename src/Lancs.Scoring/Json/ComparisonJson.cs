namespace Lancs.Scoring.Json;

/// <summary>How an observation compares with one comparator, as JSON.</summary>
public sealed class ComparisonJson
{
    /// <summary>Gets the comparator: "England", "NorthWest", "StatisticalNeighbours" or "TopQuartile".</summary>
    public string Comparator { get; init; } = string.Empty;

    /// <summary>Gets the comparator's value.</summary>
    public decimal Value { get; init; }

    /// <summary>Gets the verdict: "Better", "Same", "Worse" or "Unknown".</summary>
    public string Verdict { get; init; } = string.Empty;
}
