using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Lancs.Scoring.Risk;

/// <summary>
/// Risk appetite as policy data: named zones over the 5×5 matrix (<see cref="AppetiteZone"/>) and, per kind of entry,
/// the zones within appetite. The papers state no appetite and no colour bands (register_rules §6), so the published
/// policy has none (<see cref="None"/>) and then nothing is judged.
/// </summary>
/// <remarks>
/// <para>Where an assessment lies (<see cref="TryPlace"/>): a known cell lies in the zone that lists it or whose range
/// holds its score, or in no zone. A bare score lies in the zone whose range holds it; if no range holds it and some zone
/// is given by cells, it is not placed, because its cell might be one of them: an entry whose residual is such a bare
/// score is never reported (the library never guesses a cell from a number). Zones never overlap.</para>
/// <para>An entry is outside appetite (<see cref="IsOutside"/>) when the policy names zones within appetite for its kind
/// and its residual is placed outside them: in another zone, or in none. Immutable.</para>
/// </remarks>
public sealed partial class RiskAppetite
{
    private readonly AppetiteZone[] _zones;
    private readonly AppetiteZone[] _risk;
    private readonly AppetiteZone[] _opportunity;
    private readonly bool _anyCells;

    private RiskAppetite(AppetiteZone[] zones, AppetiteZone[] risk, AppetiteZone[] opportunity)
    {
        _zones = zones;
        _risk = risk;
        _opportunity = opportunity;
        _anyCells = zones.Any(z => z.Cells.Count > 0);
    }

    /// <summary>Gets the appetite of the published policy: no zones, nothing judged.</summary>
    public static RiskAppetite None { get; } = new(Array.Empty<AppetiteZone>(), Array.Empty<AppetiteZone>(), Array.Empty<AppetiteZone>());

    /// <summary>Gets the zones, in the order the policy gives them.</summary>
    public IReadOnlyList<AppetiteZone> Zones => _zones;

    /// <summary>Gets whether the policy defines any zone.</summary>
    public bool HasZones => _zones.Length > 0;

    /// <summary>Creates an appetite, checking everything and reporting all problems at once.</summary>
    /// <param name="zones">The zones (<see cref="AppetiteZone.Create"/>); their names are unique ignoring case, and no cell or score is in two.</param>
    /// <param name="risk">The names of the zones within appetite for risks, or <see langword="null"/> when the policy states none.</param>
    /// <param name="opportunity">The names of the zones within appetite for opportunities, or <see langword="null"/> when the policy states none.</param>
    /// <returns>The appetite.</returns>
    /// <exception cref="PolicyException">Zones overlap or share a name, a name is not a zone's, or a list is empty; each problem names its field.</exception>
    public static RiskAppetite Create(IEnumerable<AppetiteZone> zones, IEnumerable<string>? risk = null, IEnumerable<string>? opportunity = null)
    {
        var problems = new List<string>();
        var made = Made(Guard.NotNull(zones).Select(z => Guard.NotNull(z, nameof(zones))).ToList(), risk?.ToList(), opportunity?.ToList(), problems);
        if (problems.Count > 0)
        {
            throw new PolicyException(problems);
        }

        return made!;
    }

    /// <summary>Returns the zones within appetite for a kind of entry.</summary>
    /// <param name="kind">Risk or opportunity.</param>
    /// <returns>The zones, in the order the policy names them; empty when the policy states no appetite for the kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<AppetiteZone> WithinAppetite(RegisterKind kind) => Guard.NotNull(kind) == RegisterKind.Opportunity ? _opportunity : _risk;

    /// <summary>Tries to place an assessment in a zone; never throws.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="zone">The zone it lies in, or <see langword="null"/> when it lies in none (or is not placed).</param>
    /// <returns><see langword="false"/> for a bare score that no range holds while some zone is given by cells: it cannot
    /// be placed without guessing its cell. Otherwise <see langword="true"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is <see langword="null"/>.</exception>
    public bool TryPlace(Assessment assessment, out AppetiteZone? zone)
    {
        Guard.NotNull(assessment);
        if (assessment.Impact is { } impact && assessment.Likelihood is { } likelihood)
        {
            zone = FirstHolding(RiskMatrix.CellOf(impact, likelihood));
            return true;
        }

        zone = FirstHolding(assessment.Score);
        return zone is not null || !_anyCells;
    }

    // Loops, not Array.Find: a lambda capturing the assessment made a closure on every call, a million for the zones of a
    // million entries written to JSON.
    private AppetiteZone? FirstHolding(MatrixCell cell)
    {
        foreach (var zone in _zones)
        {
            if (zone.Contains(cell))
            {
                return zone;
            }
        }

        return null;
    }

    private AppetiteZone? FirstHolding(RiskScore score)
    {
        foreach (var zone in _zones)
        {
            if (zone.HoldsScore(score))
            {
                return zone;
            }
        }

        return null;
    }

    /// <summary>Returns the zone an assessment lies in, or <see langword="null"/> (no zone, not placed, or no assessment).</summary>
    /// <param name="assessment">The assessment, or <see langword="null"/>.</param>
    /// <returns>The zone.</returns>
    public AppetiteZone? ZoneOf(Assessment? assessment) => assessment is not null && TryPlace(assessment, out var zone) ? zone : null;

    /// <summary>Returns whether an entry's residual lies outside the appetite the policy states for its kind.</summary>
    /// <param name="kind">The entry's kind.</param>
    /// <param name="residual">The entry's residual assessment, or <see langword="null"/> when none is given (never outside).</param>
    /// <returns><see langword="true"/> when an appetite is stated for <paramref name="kind"/> and the residual is placed in no
    /// zone within it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    public bool IsOutside(RegisterKind kind, Assessment? residual)
    {
        var within = WithinAppetite(kind);
        return within.Count > 0 && residual is not null && TryPlace(residual, out var zone) && (zone is null || !within.Contains(zone));
    }

    /// <summary>Returns "zones low, medium, high; risks within low, medium; opportunities within medium, high", or "no zones".</summary>
    /// <returns>The appetite in one line.</returns>
    public override string ToString() => !HasZones
        ? "no zones"
        : string.Format(CultureInfo.InvariantCulture, "zones {0}; risks within {1}; opportunities within {2}",
            Names(_zones), _risk.Length == 0 ? "(none stated)" : Names(_risk), _opportunity.Length == 0 ? "(none stated)" : Names(_opportunity));

    /// <summary>Returns "low, medium".</summary>
    internal static string Names(IEnumerable<AppetiteZone> zones) => string.Join(", ", zones.Select(z => z.Name));

    /// <summary>Checks zones that are each valid, and the names within appetite; returns the appetite, or <see langword="null"/>
    /// after adding what is wrong to <paramref name="problems"/>.</summary>
    internal static RiskAppetite? Made(IReadOnlyList<AppetiteZone> zones, IReadOnlyList<string>? risk, IReadOnlyList<string>? opportunity, List<string> problems)
    {
        var before = problems.Count;
        for (var j = 0; j < zones.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (string.Equals(zones[i].Name, zones[j].Name, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(string.Format(CultureInfo.InvariantCulture, "zones[{0}].name: '{1}' is already the name of zones[{2}]; zone names are unique.", j, zones[j].Name, i));
                }
            }
        }

        for (var i = 0; i < zones.Count; i++)
        {
            for (var j = i + 1; j < zones.Count; j++)
            {
                if (Overlap(zones[i], zones[j]) is { } where)
                {
                    problems.Add(string.Format(CultureInfo.InvariantCulture, "zones: '{0}' and '{1}' both hold {2}.", zones[i].Name, zones[j].Name, where));
                }
            }
        }

        var riskZones = Resolve("appetite.risk", "risks", risk, zones, problems);
        var opportunityZones = Resolve("appetite.opportunity", "opportunities", opportunity, zones, problems);
        return problems.Count > before ? null : new RiskAppetite(zones.ToArray(), riskZones, opportunityZones);
    }

    private static string? Overlap(AppetiteZone a, AppetiteZone b)
    {
        foreach (var score in RiskScore.All)
        {
            if (a.HoldsScore(score) && b.HoldsScore(score))
            {
                return string.Format(CultureInfo.InvariantCulture, "score {0}; a score belongs to one zone at most", score);
            }
        }

        foreach (var cell in RiskMatrix.AllCells().OrderBy(c => c.Score.Value).ThenBy(c => c.Impact.Value))
        {
            if (a.Contains(cell) && b.Contains(cell))
            {
                return string.Format(CultureInfo.InvariantCulture, "the cell {0} (score {1}); a cell belongs to one zone at most", AppetiteZone.CellText(cell), cell.Score);
            }
        }

        return null;
    }

    private static AppetiteZone[] Resolve(string field, string plural, IReadOnlyList<string>? names, IReadOnlyList<AppetiteZone> zones, List<string> problems)
    {
        if (names is null)
        {
            return Array.Empty<AppetiteZone>();
        }

        if (names.Count == 0)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}: empty; name the zones within appetite for {1}, or leave the field out.", field, plural));
            return Array.Empty<AppetiteZone>();
        }

        var resolved = new List<AppetiteZone>();
        for (var k = 0; k < names.Count; k++)
        {
            var zone = zones.FirstOrDefault(z => string.Equals(z.Name, names[k]?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (zone is null)
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}[{1}]: '{2}' is not a zone; {3}.", field, k, names[k],
                    zones.Count == 0 ? "the policy defines no zones (give them in zones)" : "the zones are " + Names(zones)));
            }
            else if (!resolved.Contains(zone))
            {
                resolved.Add(zone);
            }
        }

        return resolved.ToArray();
    }
}
