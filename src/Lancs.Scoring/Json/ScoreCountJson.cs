using System.Collections.Generic;

namespace Lancs.Scoring.Json;

/// <summary>How many entries of a heat map have one score, and which, as JSON.</summary>
public sealed class ScoreCountJson
{
    /// <summary>Gets the score, 1-25.</summary>
    public int Score { get; init; }

    /// <summary>Gets the number of entries with the score.</summary>
    public int Count { get; init; }

    /// <summary>Gets their ids, in register order.</summary>
    public IReadOnlyList<string> Ids { get; init; } = new List<string>();
}
