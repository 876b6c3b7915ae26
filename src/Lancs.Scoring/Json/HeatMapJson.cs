using System.Collections.Generic;

namespace Lancs.Scoring.Json;

/// <summary>One heat map as JSON: one kind of entry, one of their scores, the occupied cells with their ids, the counts by
/// score and the ids of bare scores.</summary>
public sealed class HeatMapJson
{
    /// <summary>Gets the kind of entry counted: "Risk" or "Opportunity".</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>Gets the score counted: "inherent", "residual" or "target".</summary>
    public string Assessment { get; init; } = string.Empty;

    /// <summary>Gets the number of entries counted.</summary>
    public int Total { get; init; }

    /// <summary>Gets the occupied cells, by ascending impact, then ascending likelihood; empty cells are left out.</summary>
    public IReadOnlyList<HeatMapCellJson> Cells { get; init; } = new List<HeatMapCellJson>();

    /// <summary>Gets the scores with at least one entry, ascending, placed in a cell or not.</summary>
    public IReadOnlyList<ScoreCountJson> ByScore { get; init; } = new List<ScoreCountJson>();

    /// <summary>Gets the ids of the entries whose score was printed bare (no known cell), in register order.</summary>
    public IReadOnlyList<string> Unplaced { get; init; } = new List<string>();
}
