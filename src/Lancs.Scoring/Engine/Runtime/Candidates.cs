using System;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>The facts of one pattern that pass its single-fact conditions, found once per run before any join.</summary>
internal readonly struct Candidates
{
    private readonly int[]? _indexes;

    private Candidates(int[]? indexes, int count)
    {
        _indexes = indexes;
        Count = count;
    }

    /// <summary>Gets the number of candidate facts.</summary>
    public int Count { get; }

    /// <summary>Returns the list index of the <paramref name="i"/>th candidate.</summary>
    public int this[int i] => _indexes is null ? i : _indexes[i];

    /// <summary>Returns the candidates' list indexes as an array of at least <see cref="Count"/> items, in list order.</summary>
    public int[] ToIndexArray()
    {
        if (_indexes is not null)
        {
            return _indexes;
        }

        var all = new int[Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = i;
        }

        return all;
    }

    /// <summary>Filters <paramref name="list"/> with <paramref name="filter"/>; with no filter every fact is a candidate.</summary>
    public static Candidates Of<T>(FactList<T> list, Func<T, bool>? filter)
    {
        var count = list.Count;
        if (filter is null)
        {
            return new Candidates(null, count);
        }

        var items = list.Items;
        var indexes = new int[count];
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (filter(items[i]))
            {
                indexes[kept++] = i;
            }
        }

        return new Candidates(indexes, kept);
    }
}
