using System.Collections.Generic;

namespace Lancs.Scoring.Json;

/// <summary>An occupied heat-map cell as JSON.</summary>
public sealed class HeatMapCellJson
{
    /// <summary>Gets the impact row's label for the map's kind.</summary>
    public string Impact { get; init; } = string.Empty;

    /// <summary>Gets the likelihood's name.</summary>
    public string Likelihood { get; init; } = string.Empty;

    /// <summary>Gets the cell's score, impact times likelihood.</summary>
    public int Score { get; init; }

    /// <summary>Gets the number of entries in the cell.</summary>
    public int Count { get; init; }

    /// <summary>Gets the ids of the entries in the cell, in register order.</summary>
    public IReadOnlyList<string> Ids { get; init; } = new List<string>();

    /// <summary>Gets the appetite zone holding the cell, or <see langword="null"/> (no zones, or in none).</summary>
    public string? AppetiteZone { get; init; }
}
