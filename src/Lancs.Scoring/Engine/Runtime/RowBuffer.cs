using System;
using System.Buffers;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>The rows of a rule's partial matches: fixed-width runs of fact indexes, one per bound pattern, in one flat array.</summary>
/// <remarks>A step's output is rented from <see cref="ArrayPool{T}.Shared"/>: the rows between two steps of a rule live only
/// until the next step has read them (<see cref="Release"/>). The rows a yielding rule fires are copied once into an array of
/// their exact size (<see cref="Settle"/>) when the session explains, and kept for its derivations; every other rule's rows
/// go back to the pool once its actions have run. So a bulk run does not allocate and collect a large array per step.</remarks>
internal sealed class RowBuffer
{
    private bool _rented;

    public RowBuffer(int stride, int capacity)
    {
        Stride = stride;
        Data = ArrayPool<int>.Shared.Rent(Math.Max(stride * Math.Max(capacity, 1), 1));
        _rented = true;
    }

    private RowBuffer(int stride, int[] data)
    {
        Stride = stride;
        Data = data;
    }

    /// <summary>Gets the number of fact indexes in a row.</summary>
    public int Stride { get; }

    /// <summary>Gets the storage; row <c>r</c> starts at <c>r * Stride</c>.</summary>
    public int[] Data { get; private set; }

    /// <summary>Gets the number of rows.</summary>
    public int Count { get; private set; }

    /// <summary>Returns a buffer holding one empty row: the start of a rule whose first pattern is a quantifier.</summary>
    public static RowBuffer SingleEmptyRow()
    {
        var buffer = new RowBuffer(0, 1);
        buffer.Count = 1;
        return buffer;
    }

    /// <summary>Returns a buffer of one-slot rows over <paramref name="indexes"/>, an array rented from the pool (taken, not
    /// copied): the rows of a rule's first pattern.</summary>
    public static RowBuffer OfRentedIndexes(int[] indexes, int count)
    {
        var buffer = new RowBuffer(1, indexes);
        buffer.Count = count;
        buffer._rented = true;
        return buffer;
    }

    /// <summary>Appends a row with one fact index.</summary>
    public void Append(int index)
    {
        EnsureRoom();
        Data[Count++] = index;
    }

    /// <summary>Appends the row at <paramref name="offset"/> of <paramref name="source"/>, extended by <paramref name="index"/>.</summary>
    public void AppendExtended(int[] source, int offset, int index)
    {
        EnsureRoom();
        var at = Count * Stride;
        var data = Data;
        for (var i = 0; i < Stride - 1; i++)
        {
            // Rows are a few slots wide; a loop beats Array.Copy's call overhead.
            data[at + i] = source[offset + i];
        }

        data[at + Stride - 1] = index;
        Count++;
    }

    /// <summary>Appends the row at <paramref name="offset"/> of <paramref name="source"/> unchanged.</summary>
    public void AppendCopy(int[] source, int offset)
    {
        EnsureRoom();
        var at = Count * Stride;
        var data = Data;
        for (var i = 0; i < Stride; i++)
        {
            data[at + i] = source[offset + i];
        }

        Count++;
    }

    /// <summary>Returns the storage to the pool: the rows were an intermediate result, read by the next step and not kept.</summary>
    public void Release()
    {
        if (_rented)
        {
            _rented = false;
            var data = Data;
            Data = Array.Empty<int>();
            Count = 0;
            ArrayPool<int>.Shared.Return(data);
        }
    }

    /// <summary>Moves rented rows into storage of their exact size, which the rule's derivations keep, and returns the rented array.</summary>
    public RowBuffer Settle()
    {
        if (_rented)
        {
            var exact = new int[Math.Max(Count * Stride, 1)];
            Array.Copy(Data, exact, Count * Stride);
            var rented = Data;
            Data = exact;
            _rented = false;
            ArrayPool<int>.Shared.Return(rented);
        }

        return this;
    }

    private void EnsureRoom()
    {
        if ((Count + 1) * Stride > Data.Length)
        {
            var rows = Math.Max(Count * 2, 4);
            var grown = ArrayPool<int>.Shared.Rent(rows * Math.Max(Stride, 1));
            Array.Copy(Data, grown, Count * Stride);
            if (_rented)
            {
                ArrayPool<int>.Shared.Return(Data);
            }

            Data = grown;
            _rented = true;
        }
    }
}
