using System;
using System.Buffers;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A hash index of candidate facts by the hash code of their join key: built once per step run, probed in O(1) per row.</summary>
/// <remarks>
/// <para>The index keeps hash codes, not keys: a probe walks the facts of one bucket, skips those whose hash differs, and
/// the step then tests the join's own equality conditions (compiled with the rest of the residual) on the few that remain.
/// So a join needs no key objects, no tuples for composite keys and no general-purpose dictionary, and it matches exactly
/// the pairs the rule's <c>==</c> accepts.</para>
/// <para>Each bucket chains its facts through <c>_next</c> in list order, so probing yields equal keys in arrival order.</para>
/// </remarks>
internal sealed class HashIndex
{
    private readonly int[] _heads;
    private readonly int[] _next;
    private readonly int[] _hashes;
    private readonly int _shift;
    private bool _released;

    private HashIndex(int[] heads, int[] next, int[] hashes, int shift)
    {
        _heads = heads;
        _next = next;
        _hashes = hashes;
        _shift = shift;
    }

    /// <summary>Indexes the <paramref name="candidates"/> of <paramref name="list"/> by <paramref name="hashOf"/>.</summary>
    public static HashIndex Build<T>(FactList<T> list, Candidates candidates, Func<T, int> hashOf)
    {
        var bits = 1;
        while (bits < 30 && (1 << bits) < candidates.Count)
        {
            bits++;
        }

        // Heads hold fact index + 1, so a zeroed array means "empty". The arrays are rented (Release gives them back): heads
        // is cleared; next and hashes are read only at the indexes written below, so need no clearing.
        var pool = ArrayPool<int>.Shared;
        var heads = pool.Rent(1 << bits);
        Array.Clear(heads, 0, 1 << bits);
        var next = pool.Rent(Math.Max(list.Count, 1));
        var hashes = pool.Rent(Math.Max(list.Count, 1));
        var shift = 32 - bits;
        var items = list.Items;
        for (var c = candidates.Count - 1; c >= 0; c--)
        {
            var index = candidates[c];
            var hash = hashOf(items[index]);
            var bucket = Bucket(hash, shift);
            hashes[index] = hash;
            next[index] = heads[bucket] - 1;
            heads[bucket] = index + 1;
        }

        candidates.Release();
        return new HashIndex(heads, next, hashes, shift);
    }

    /// <summary>Returns the index a join step probes: the list's shared index for <paramref name="sharedSlot"/> (it holds every
    /// fact, so the step's <paramref name="filter"/> comes back in <paramref name="probeFilter"/> to test on the facts found), or,
    /// with no slot (-1), an index of its own over the facts that pass the filter (and <paramref name="probeFilter"/> is null).</summary>
    public static HashIndex For<T>(FactList<T> list, int sharedSlot, Func<T, bool>? filter, Func<T, int> hashOf, out Func<T, bool>? probeFilter)
    {
        if (sharedSlot >= 0)
        {
            probeFilter = filter;
            return list.SharedIndexFor(sharedSlot, hashOf);
        }

        probeFilter = null;
        return Build(list, Candidates.Of(list, filter), hashOf);
    }

    /// <summary>Returns the index's arrays to the pool; the index must not be probed afterwards. Call once, by its owner:
    /// the join step for its own index, the fact list for a shared one.</summary>
    public void Release()
    {
        if (!_released)
        {
            _released = true;
            ArrayPool<int>.Shared.Return(_heads);
            ArrayPool<int>.Shared.Return(_next);
            ArrayPool<int>.Shared.Return(_hashes);
        }
    }

    /// <summary>Returns the first fact index in the bucket of <paramref name="hash"/>, or -1; the caller checks <see cref="HashAt"/>.</summary>
    public int First(int hash) => _heads[Bucket(hash, _shift)] - 1;

    /// <summary>Returns the next fact index in the same bucket, or -1.</summary>
    public int Next(int index) => _next[index];

    /// <summary>Returns the hash code the fact at <paramref name="index"/> was indexed under.</summary>
    public int HashAt(int index) => _hashes[index];

    /// <summary>Fibonacci hashing: spreads hash codes that differ only in high or low bits over all buckets.</summary>
    private static int Bucket(int hash, int shift) => (int)(unchecked((uint)hash * 2654435769u) >> shift);
}
