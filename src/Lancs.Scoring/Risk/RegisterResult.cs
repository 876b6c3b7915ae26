using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Lancs.Scoring.Risk;

/// <summary>A re-scored register: every entry's result, the corporate register, the changes since the previous quarter,
/// the findings, the rejected rows and the heat maps.</summary>
public sealed class RegisterResult
{
    private RegisterHeatMaps? _heatMaps;

    internal RegisterResult(Quarter quarter, ScoringPolicy policy, IReadOnlyList<EntryResult> entries, IReadOnlyList<EntryResult> corporateRegister,
        IReadOnlyList<RegisterChange> changes, IReadOnlyList<Finding> findings, IReadOnlyList<Rejection> rejections,
        HeatMap inherentHeatMap, HeatMap residualHeatMap)
    {
        Quarter = quarter;
        Policy = policy;
        Entries = entries;
        CorporateRegister = corporateRegister;
        Changes = changes;
        Findings = findings;
        Rejections = rejections;
        InherentHeatMap = inherentHeatMap;
        ResidualHeatMap = residualHeatMap;
    }

    /// <summary>Gets the quarter scored.</summary>
    public Quarter Quarter { get; }

    /// <summary>Gets the policy applied.</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>Gets every valid entry's result, in the register's order.</summary>
    public IReadOnlyList<EntryResult> Entries { get; }

    /// <summary>Gets the entries on the corporate register, in the register's order.</summary>
    public IReadOnlyList<EntryResult> CorporateRegister { get; }

    /// <summary>Gets the changes since the previous quarter (empty when none was given): current entries in register order, then removals.</summary>
    public IReadOnlyList<RegisterChange> Changes { get; }

    /// <summary>Gets every finding: about entries, about the register as a whole, and about rejected scores.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets the rows that could not be scored, each with the field at fault and the reason.</summary>
    public IReadOnlyList<Rejection> Rejections { get; }

    /// <summary>Gets the heat map of inherent scores, risks and opportunities together.</summary>
    /// <remarks>It counts both kinds in one grid, whose rows carry the risk labels; <see cref="HeatMaps"/> keeps them apart.</remarks>
    public HeatMap InherentHeatMap { get; }

    /// <summary>Gets the heat map of residual scores (entries without a residual are left out), risks and opportunities together.</summary>
    /// <remarks>It counts both kinds in one grid, whose rows carry the risk labels; <see cref="HeatMaps"/> keeps them apart.</remarks>
    public HeatMap ResidualHeatMap { get; }

    /// <summary>Gets the heat maps per kind (risks, opportunities) and per score (inherent, residual, target), each cell with
    /// its entries' ids in register order; an opportunity's top row reads Outstanding.</summary>
    /// <remarks>Counted from <see cref="Entries"/> on first use, so bulk runs that never read them do not pay for them.</remarks>
    public RegisterHeatMaps HeatMaps
    {
        get
        {
            if (Volatile.Read(ref _heatMaps) is { } maps)
            {
                return maps;
            }

            // Two threads may both count; the first one stored wins and both return that one.
            return Interlocked.CompareExchange(ref _heatMaps, RegisterHeatMaps.Count(EntriesOf(Entries)), null) ?? _heatMaps!;
        }
    }

    /// <summary>Returns the entries of <paramref name="results"/>, in their order, in a list of exactly their number.</summary>
    private static List<RegisterEntry> EntriesOf(IReadOnlyList<EntryResult> results)
    {
        var entries = new List<RegisterEntry>(results.Count);
        foreach (var result in results)
        {
            entries.Add(result.Entry);
        }

        return entries;
    }
}
