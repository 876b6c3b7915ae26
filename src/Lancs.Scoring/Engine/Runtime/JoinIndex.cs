using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A hash index of candidate facts by join key: built once per run, probed in O(1) per row.</summary>
/// <remarks>Facts with equal keys are chained through <c>_next</c> in list order, so probing yields them in arrival order
/// and a bucket costs no allocation.</remarks>
internal sealed class JoinIndex<T, TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _heads;
    private readonly int[] _next;

    public JoinIndex(FactList<T> list, Candidates candidates, Func<T, TKey> keyOf)
    {
        _heads = new Dictionary<TKey, int>(candidates.Count);
        _next = new int[list.Count];
        var items = list.Items;
        for (var c = candidates.Count - 1; c >= 0; c--)
        {
            var index = candidates[c];
            var key = keyOf(items[index]);
            _next[index] = _heads.TryGetValue(key, out var head) ? head : -1;
            _heads[key] = index;
        }
    }

    /// <summary>Returns the first fact index with <paramref name="key"/>, or -1.</summary>
    public int First(TKey key) => _heads.TryGetValue(key, out var head) ? head : -1;

    /// <summary>Returns the fact index after <paramref name="index"/> with the same key, or -1.</summary>
    public int Next(int index) => _next[index];
}
