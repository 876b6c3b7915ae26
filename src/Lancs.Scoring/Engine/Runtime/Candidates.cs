using System;
using System.Buffers;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>The facts of one pattern that pass its single-fact conditions, found once per run before any join.</summary>
/// <remarks>The indexes of a filtered list are rented from <see cref="ArrayPool{T}.Shared"/>; the step that made them calls
/// <see cref="Release"/> once when done (or takes an exact copy with <see cref="ToIndexArray"/>, which releases them).</remarks>
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

    /// <summary>Returns the candidates' list indexes in an array of exactly <see cref="Count"/> items, in list order, and
    /// releases the rented ones: the candidates must not be read afterwards.</summary>
    public int[] ToIndexArray()
    {
        if (_indexes is not null)
        {
            var exact = new int[Count];
            Array.Copy(_indexes, exact, Count);
            Release();
            return exact;
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
        var indexes = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
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

    /// <summary>Returns rented indexes to the pool; call once, when the step that made the candidates is done with them.</summary>
    public void Release()
    {
        if (_indexes is not null)
        {
            ArrayPool<int>.Shared.Return(_indexes);
        }
    }
}
