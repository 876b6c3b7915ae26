using System;
using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>Fires a rule set's strata over one working memory: a plain stratum once, set at a time; a recursive one in
/// rounds, each new row once, until a round derives nothing new.</summary>
internal static class RuleRunner
{
    private const int MaxRecursionRounds = 1_000;

    /// <summary>Fires every stratum in order; returns the number of activations (rows for which a rule ran its actions).</summary>
    /// <remarks><paramref name="scans"/> holds, for each stratum, the <see cref="FusedScan"/> that matches it and the strata
    /// after it in one pass, or <see langword="null"/>.</remarks>
    public static int Fire(IReadOnlyList<Stratum> strata, IReadOnlyList<FusedScan?> scans, WorkingMemory memory, DerivationLog log)
    {
        var fired = 0;
        for (var s = 0; s < strata.Count; s++)
        {
            if (scans[s] is { } scan)
            {
                var rows = scan.Match(memory.Lists);
                for (var k = 0; k < rows.Length; k++)
                {
                    fired += FireRows(scan.Rules[k], rows[k], memory, log, StillToYield(scan.Rules, rows, k));
                }

                s += scan.Strata - 1;
                continue;
            }

            if (strata[s].IsRecursive)
            {
                fired += FireRecursive(strata[s], memory, log);
                continue;
            }

            var rule = strata[s].Rules[0];
            var matched = rule.Match(memory.Lists);
            fired += FireRows(rule, matched, memory, log, matched.Count);
        }

        memory.ReleaseSharedIndexes();
        return fired;
    }

    /// <summary>Returns how many facts member <paramref name="k"/> of a fused scan and the members after it that yield the same
    /// types will yield: the first of them reserves room for all (the register's two inclusion rules fill one list, which
    /// was grown once per rule).</summary>
    private static int StillToYield(IReadOnlyList<CompiledRule> rules, RowBuffer[] rows, int k)
    {
        var count = 0;
        for (var j = k; j < rows.Length; j++)
        {
            if (rules[j].Yielded.SequenceEqual(rules[k].Yielded))
            {
                count += rows[j].Count;
            }
        }

        return count;
    }

    /// <summary>Fires a plain stratum's rule over the rows it matched, after reserving room for <paramref name="reserve"/>
    /// yielded facts.</summary>
    private static int FireRows(CompiledRule rule, RowBuffer rows, WorkingMemory memory, DerivationLog log, int reserve)
    {
        var first = log.Record(rule, rows);
        foreach (var action in rule.Actions)
        {
            action.Reserve(memory, reserve);
        }

        try
        {
            return RunActions(rule, rows, memory, first);
        }
        finally
        {
            rows.Release(); // the rows a log keeps were settled into storage of their own; these go back to the pool
        }
    }

    /// <summary>Runs a plain stratum's rule's actions over every row.</summary>
    private static int RunActions(CompiledRule rule, RowBuffer rows, WorkingMemory memory, int first)
    {
        var activation = new Activation(memory, rule.Definition, deduplicate: false);
        if (rule.Actions.Length == 1)
        {
            // One action: run it over all rows at once; the order is the same as row by row.
            var action = rule.Actions[0];
            try
            {
                action.FireAll(activation, rows, first);
            }
            catch (Exception ex) when (ex is not RuleExecutionException)
            {
                throw new RuleExecutionException(rule.Definition.Name, action.Description, ex.Message, ex);
            }

            return rows.Count;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            Activate(rule, activation, rows, r, first);
        }

        return rows.Count;
    }

    private static int FireRecursive(Stratum stratum, WorkingMemory memory, DerivationLog log)
    {
        var firedRows = new Dictionary<CompiledRule, HashSet<int[]>>();
        foreach (var rule in stratum.Rules)
        {
            firedRows.Add(rule, new HashSet<int[]>(RowKeyComparer.Instance));
        }

        var fired = 0;
        for (var round = 0; round < MaxRecursionRounds; round++)
        {
            var firedThisRound = 0;
            foreach (var rule in stratum.Rules)
            {
                var rows = rule.Match(memory.Lists);
                var first = log.Record(rule, rows);
                var activation = new Activation(memory, rule.Definition, deduplicate: true);
                for (var r = 0; r < rows.Count; r++)
                {
                    var key = new int[rows.Stride];
                    Array.Copy(rows.Data, r * rows.Stride, key, 0, rows.Stride);
                    if (firedRows[rule].Add(key))
                    {
                        Activate(rule, activation, rows, r, first);
                        firedThisRound++;
                    }
                }

                rows.Release();
            }

            if (firedThisRound == 0)
            {
                return fired;
            }

            fired += firedThisRound;
        }

        var names = new List<string>();
        foreach (var rule in stratum.Rules)
        {
            names.Add(rule.Definition.Name);
        }

        throw new RuleExecutionException(stratum.Rules[0].Definition.Name, "recursion",
            $"the recursive rules ({string.Join(", ", names)}) were still deriving new facts after {MaxRecursionRounds} rounds; a recursive rule must derive from a finite set of values", null);
    }

    private static void Activate(CompiledRule rule, Activation activation, RowBuffer rows, int row, int first)
    {
        var derivation = first < 0 ? -1 : first + row;
        var offset = row * rows.Stride;
        foreach (var action in rule.Actions)
        {
            try
            {
                action.Fire(activation, rows.Data, offset, derivation);
            }
            catch (Exception ex) when (ex is not RuleExecutionException)
            {
                throw new RuleExecutionException(rule.Definition.Name, action.Description, ex.Message, ex);
            }
        }
    }
}
