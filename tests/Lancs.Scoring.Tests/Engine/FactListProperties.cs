using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Tests.Engine;

/// <summary>Laws of a fact list (issue 15): each fact reports the origin it was added with, whatever the mix of inserted
/// facts, derivations that follow on, and gaps between them (the origins are kept in runs); and its storage grows exactly
/// when empty, by half again otherwise.</summary>
public sealed class FactListProperties
{
    [Property(MaxTest = 2000)]
    public Property OriginOf_IsTheOriginEachFactWasAddedWith((bool Inserted, byte Skip, byte Length)[] batches)
    {
        var origins = new List<int>();
        var next = 0;
        foreach (var (inserted, skip, length) in batches)
        {
            next += skip % 3; // 0: the batch follows on from the last derivation; 1 or 2: a gap
            for (var k = 0; k < length % 6; k++)
            {
                origins.Add(inserted ? FactList.Inserted : next++);
            }
        }

        var list = new FactList<string>();
        for (var i = 0; i < origins.Count; i++)
        {
            list.Add("fact " + i, origins[i]);
        }

        var read = Enumerable.Range(0, list.Count).Select(list.OriginOf).ToList();
        return (list.Count == origins.Count && read.SequenceEqual(origins)).Label($"added {string.Join(",", origins)}; read {string.Join(",", read)}");
    }

    [Property(MaxTest = 500)]
    public bool CopyTo_KeepsEachFactsOrigin(byte[] steps)
    {
        var list = new FactList<string>();
        var origin = 0;
        foreach (var step in steps)
        {
            origin += step % 4;
            list.Add("fact", step % 5 == 0 ? FactList.Inserted : origin);
        }

        var copy = new FactList<object>();
        list.CopyTo(copy);
        return copy.Count == list.Count && Enumerable.Range(0, list.Count).All(i => copy.OriginOf(i) == list.OriginOf(i));
    }

    // Capacity, as EnsureCapacity documents it: exact for an empty list, by half again at least for one that several rules
    // yield into, so k rules copy the list a bounded number of times rather than k times.
    [Property(MaxTest = 500)]
    public bool EnsureCapacity_IsExactWhenEmptyAndGrowsByHalfOtherwise(PositiveInt first, PositiveInt[] later)
    {
        var list = new FactList<int>();
        var reserved = first.Get % 10_000;
        list.EnsureCapacity(reserved);
        var ok = list.Items.Length == System.Math.Max(reserved, 4);
        for (var i = 0; i < reserved; i++)
        {
            list.Add(i, FactList.Inserted);
        }

        foreach (var more in later)
        {
            var before = list.Items.Length;
            var wanted = list.Count + (more.Get % 10_000);
            list.EnsureCapacity(wanted);
            ok &= list.Items.Length >= wanted
                && (wanted <= before ? list.Items.Length == before : list.Count == 0 || list.Items.Length >= before + (before / 2));
            while (list.Count < wanted)
            {
                list.Add(list.Count, FactList.Inserted);
            }
        }

        return ok;
    }
}
