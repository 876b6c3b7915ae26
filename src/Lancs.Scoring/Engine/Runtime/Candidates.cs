using System;
using System.Buffers;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>The facts of one pattern that pass its single-fact conditions, found once per run before any join.</summary>
/// <remarks>The indexes of a filtered list are rented from <see cref="ArrayPool{T}.Shared"/>; the step that made them calls
/// <see cref="Release"/> once when done (or hands them to rows with <see cref="ToRows"/>).</remarks>
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

    /// <summary>Hands the candidates' list indexes, in list order, to one-slot rows (a rule's first pattern): rented indexes
    /// move to the rows as they are, which settle or release them; the candidates must not be read afterwards.</summary>
    public RowBuffer ToRows()
    {
        if (_indexes is not null)
        {
            return RowBuffer.OfRentedIndexes(_indexes, Count);
        }

        var all = ArrayPool<int>.Shared.Rent(Math.Max(Count, 1));
        for (var i = 0; i < Count; i++)
        {
            all[i] = i;
        }

        return RowBuffer.OfRentedIndexes(all, Count);
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
