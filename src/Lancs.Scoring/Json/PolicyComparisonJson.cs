using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Json;

/// <summary>A <see cref="PolicyComparison"/> as JSON: what a policy change does to a register (docs/json.md).</summary>
public sealed class PolicyComparisonJson
{
    /// <summary>Gets the register's quarter, such as "2017/18 Q2".</summary>
    public string Quarter { get; init; } = string.Empty;

    /// <summary>Gets the first policy, in the policy file's format.</summary>
    public JsonElement Before { get; init; }

    /// <summary>Gets the second policy, in the policy file's format.</summary>
    public JsonElement After { get; init; }

    /// <summary>Gets the ids of the entries entering the corporate register.</summary>
    public IReadOnlyList<string> Entering { get; init; } = Array.Empty<string>();

    /// <summary>Gets the ids of the entries leaving the corporate register.</summary>
    public IReadOnlyList<string> Leaving { get; init; } = Array.Empty<string>();

    /// <summary>Gets the entries whose direction of travel differs.</summary>
    public IReadOnlyList<DifferenceJson> Directions { get; init; } = Array.Empty<DifferenceJson>();

    /// <summary>Gets the entries whose appetite zone differs.</summary>
    public IReadOnlyList<DifferenceJson> Zones { get; init; } = Array.Empty<DifferenceJson>();

    /// <summary>Gets the entries whose register changes differ.</summary>
    public IReadOnlyList<DifferenceJson> Changes { get; init; } = Array.Empty<DifferenceJson>();

    /// <summary>Gets the findings that appear under the second policy.</summary>
    public IReadOnlyList<FindingJson> FindingsAppearing { get; init; } = Array.Empty<FindingJson>();

    /// <summary>Gets the findings that disappear under the second policy.</summary>
    public IReadOnlyList<FindingJson> FindingsDisappearing { get; init; } = Array.Empty<FindingJson>();

    /// <summary>Gets the ids of the entries only the first policy scores.</summary>
    public IReadOnlyList<string> OnlyBefore { get; init; } = Array.Empty<string>();

    /// <summary>Gets the ids of the entries only the second policy scores.</summary>
    public IReadOnlyList<string> OnlyAfter { get; init; } = Array.Empty<string>();

    /// <summary>Gets how many entries are on the corporate register under the first and the second policy.</summary>
    public IReadOnlyList<int> OnRegister { get; init; } = Array.Empty<int>();

    /// <summary>Returns the comparison as JSON.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The DTO; <c>JsonSerializer.Serialize(dto, ScoringJsonContext.Default.PolicyComparisonJson)</c> writes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is <see langword="null"/>.</exception>
    public static PolicyComparisonJson From(PolicyComparison comparison)
    {
        Guard.NotNull(comparison);
        return new PolicyComparisonJson
        {
            Quarter = comparison.Before.Quarter.ToString(),
            Before = RegisterShapes.Policy(comparison.Before.Policy),
            After = RegisterShapes.Policy(comparison.After.Policy),
            Entering = comparison.Entering.Select(e => e.Entry.Id.Raw).ToList(),
            Leaving = comparison.Leaving.Select(e => e.Entry.Id.Raw).ToList(),
            Directions = comparison.Directions.Select(d => Difference(d.Id, d.Before?.Name, d.After?.Name)).ToList(),
            Zones = comparison.Zones.Select(d => Difference(d.Id, d.Before?.Name, d.After?.Name)).ToList(),
            Changes = comparison.Changes.Select(d => new DifferenceJson
            {
                Id = d.Id.Raw, Before = d.Before.Select(k => k.Name).ToList(), After = d.After.Select(k => k.Name).ToList(),
            }).ToList(),
            FindingsAppearing = comparison.FindingsAppearing.Select(RegisterShapes.Finding).ToList(),
            FindingsDisappearing = comparison.FindingsDisappearing.Select(RegisterShapes.Finding).ToList(),
            OnlyBefore = comparison.OnlyBefore.Select(e => e.Entry.Id.Raw).ToList(),
            OnlyAfter = comparison.OnlyAfter.Select(e => e.Entry.Id.Raw).ToList(),
            OnRegister = new[] { comparison.Before.CorporateRegister.Count, comparison.After.CorporateRegister.Count },
        };
    }

    private static DifferenceJson Difference(EntryId id, string? before, string? after) => new()
    {
        Id = id.Raw,
        Before = before is null ? Array.Empty<string>() : new[] { before },
        After = after is null ? Array.Empty<string>() : new[] { after },
    };
}
