using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Tests.Engine;

/// <summary>Laws of a fact list's origins, which it keeps in runs (issue 15): each fact reports the origin it was added
/// with, whatever the mix of inserted facts, derivations that follow on, and gaps between them.</summary>
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
}
