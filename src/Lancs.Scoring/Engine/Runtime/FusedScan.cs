using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>Consecutive strata of single-pattern rules over one fact list, matched in one pass over the list (issue 15):
/// each fact is read once and tested by every rule's conditions, instead of once per rule.</summary>
/// <remarks>
/// <para>A register's checks of one scored entry (missing residual, residual on the wrong side, target met, outside
/// appetite, …) are such rules: a pass over a million entries each, which chased the same references a million times
/// per rule. Fused, they share one pass.</para>
/// <para>Invariants, which <see cref="Plan"/> checks: every member rule has one step, a scan of the same list with no row
/// condition (<see cref="CrossJoinStep{T}.FusesWith"/>), and its stratum is not recursive. A member therefore yields no fact
/// that any member reads: its only pattern is over the list's type, and a rule that yields a fact its own pattern may see
/// depends on itself, which makes its stratum recursive. So each rule's rows are the facts its own scan would have accepted,
/// in list order, and the rules fire afterwards in stratum order, exactly as they would one after another
/// (<c>FusedScanProperties</c>). Only a rule whose condition throws sees a difference: the rules before it in the scan
/// have not fired yet.</para>
/// </remarks>
internal abstract class FusedScan
{
    protected FusedScan(IReadOnlyList<CompiledRule> rules)
    {
        Rules = rules;
    }

    /// <summary>Gets the member rules, one per stratum, in stratum order.</summary>
    public IReadOnlyList<CompiledRule> Rules { get; }

    /// <summary>Gets the number of consecutive strata, from the one this scan starts at, whose rules it matches.</summary>
    public int Strata => Rules.Count;

    /// <summary>Returns the rows of each member rule, in stratum order, in rented storage: the derivation log settles the rows
    /// it keeps, and the runner releases them after firing.</summary>
    public abstract RowBuffer[] Match(FactList[] lists);

    /// <summary>Returns, for each stratum, the fused scan that starts there, or <see langword="null"/>: a scan for every run of
    /// two or more consecutive strata that may share one (see the remarks).</summary>
    public static FusedScan?[] Plan(IReadOnlyList<Stratum> strata)
    {
        var plan = new FusedScan?[strata.Count];
        for (var s = 0; s < strata.Count;)
        {
            var end = s;
            if (ScanOf(strata[s]) is { } scan)
            {
                while (end + 1 < strata.Count && ScanOf(strata[end + 1]) is { } next && scan.FusesWith(next))
                {
                    end++;
                }

                if (end > s)
                {
                    var rules = new CompiledRule[end - s + 1];
                    for (var k = 0; k < rules.Length; k++)
                    {
                        rules[k] = strata[s + k].Rules[0];
                    }

                    plan[s] = scan.Fuse(rules);
                }
            }

            s = end + 1;
        }

        return plan;
    }

    /// <summary>Returns the one step of a plain stratum's rule when it is a scan of one list without row conditions.</summary>
    private static Step? ScanOf(Stratum stratum) =>
        !stratum.IsRecursive && stratum.Rules.Count == 1 && stratum.Rules[0].Steps is { Length: 1 } steps && steps[0].IsPlainScan ? steps[0] : null;
}
