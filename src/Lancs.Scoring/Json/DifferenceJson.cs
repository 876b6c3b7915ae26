using System.Collections.Generic;

namespace Lancs.Scoring.Json;

/// <summary>One entry whose outcome differs between two policies, as JSON: a direction of travel, an appetite zone or
/// the register changes, before and after (<see cref="Risk.EntryDifference{T}"/>).</summary>
public sealed class DifferenceJson
{
    /// <summary>Gets the entry's id as printed.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the outcomes under the first policy: a direction's or a zone's name, or the register changes' kinds;
    /// empty for none.</summary>
    public IReadOnlyList<string> Before { get; init; } = System.Array.Empty<string>();

    /// <summary>Gets the outcomes under the second policy, as <see cref="Before"/>.</summary>
    public IReadOnlyList<string> After { get; init; } = System.Array.Empty<string>();
}
