using System;
using System.Collections;
using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>The facts of type <typeparamref name="T"/> in a session: a growable array that compiled rules index directly.</summary>
/// <typeparam name="T">The fact type; value types are stored unboxed.</typeparam>
/// <remarks>
/// <para>Each fact's origin (the derivation that made it, or <see cref="FactList.Inserted"/>) is kept in runs, not one
/// number per fact: a rule derives its facts in order, one derivation after another, so a million facts from a few rules
/// are a few runs.</para>
/// <para>Invariants: runs <c>0 .. _runs-1</c> start at increasing fact positions, run 0 at 0 when there are facts; run
/// <c>r</c> covers the facts from <c>_runStart[r]</c> to the next run's start (or <see cref="Count"/>). A run whose
/// <c>_runFirst</c> is <see cref="FactList.Inserted"/> holds inserted facts only; in any other run, the fact at position
/// <c>i</c> has origin <c>_runFirst[r] + (i - _runStart[r])</c>. At worst (origins that never follow on) there is one run
/// per fact, 8 bytes each.</para>
/// </remarks>
internal sealed class FactList<T> : FactList, IReadOnlyList<T>
{
    /// <summary>The largest array length the runtime allows (Array.MaxLength, which netstandard2.0 lacks).</summary>
    private const long MaxLength = 0x7FFFFFC7;

    private int[] _runStart = new int[2];
    private int[] _runFirst = new int[2];
    private int _runs;
    private int _count;
    private List<SharedIndex>? _sharedIndexes;

    /// <summary>The storage; compiled conditions read <c>Items[i]</c> directly. Valid up to <see cref="Count"/>.</summary>
    public T[] Items = new T[4];

    public override Type FactType => typeof(T);

    public override int Count => _count;

    public T this[int index] => index < _count ? Items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(T fact, int origin)
    {
        if (_count == Items.Length)
        {
            Grow(_count + 1);
        }

        Items[_count] = fact;
        AddOrigin(_count, origin);
        _count++;
    }

    /// <summary>Grows the storage to hold at least <paramref name="capacity"/> facts: exactly that many when the list is empty
    /// (callers know how many facts are coming, and one rule often makes every fact of its type), otherwise by half again
    /// at least.</summary>
    /// <remarks>A list that already holds facts is one that several rules yield into. Growing it exactly for each rule
    /// would copy it once per rule (seven rules yield a register's findings); growing it by half copies it a bounded
    /// number of times in all, whatever the number of rules.</remarks>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > Items.Length)
        {
            Array.Resize(ref Items, _count == 0 ? capacity : (int)Math.Max(capacity, Math.Min(MaxLength, Items.Length * 3L / 2)));
        }
    }

    /// <summary>Returns the hash index of every fact in the list under the rule set's shared index <paramref name="slot"/>,
    /// built on first use and rebuilt only when facts were added since: rules that join this list on the same key share it.</summary>
    public HashIndex SharedIndexFor(int slot, Func<T, int> hashOf)
    {
        _sharedIndexes ??= new List<SharedIndex>(2);
        for (var i = 0; i < _sharedIndexes.Count; i++)
        {
            if (_sharedIndexes[i].Slot == slot)
            {
                if (_sharedIndexes[i].Count == _count)
                {
                    return _sharedIndexes[i].Index;
                }

                _sharedIndexes[i].Index.Release();
                _sharedIndexes.RemoveAt(i);
                break;
            }
        }

        var index = HashIndex.Build(this, Candidates.Of(this, null), hashOf);
        _sharedIndexes.Add(new SharedIndex(slot, _count, index));
        return index;
    }

    public override void ReleaseSharedIndexes()
    {
        if (_sharedIndexes is not null)
        {
            foreach (var shared in _sharedIndexes)
            {
                shared.Index.Release();
            }

            _sharedIndexes = null;
        }
    }

    public override void AddObject(object fact, int origin) => Add((T)fact, origin);

    public override object? GetObject(int index) => this[index];

    public override int OriginOf(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        // The last run that starts at or before the fact.
        var low = 0;
        var high = _runs - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_runStart[middle] <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _runFirst[low] == Inserted ? Inserted : _runFirst[low] + (index - _runStart[low]);
    }

    public override void CopyTo(FactList target)
    {
        for (var i = 0; i < _count; i++)
        {
            if (Items[i] is { } fact && target.FactType.IsInstanceOfType(fact))
            {
                target.AddObject(fact, OriginOf(i));
            }
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return Items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private readonly struct SharedIndex
    {
        public SharedIndex(int slot, int count, HashIndex index)
        {
            Slot = slot;
            Count = count;
            Index = index;
        }

        public int Slot { get; }

        public int Count { get; }

        public HashIndex Index { get; }
    }

    private void Grow(int needed)
    {
        var size = Math.Max(needed, Items.Length * 2);
        Array.Resize(ref Items, size);
    }

    /// <summary>Records the origin of the fact at <paramref name="index"/>, the last one added: it extends the last run when it
    /// follows on from it (an inserted fact after inserted ones, a derivation right after the last), else starts a run.</summary>
    private void AddOrigin(int index, int origin)
    {
        if (_runs > 0)
        {
            var first = _runFirst[_runs - 1];
            var followsOn = first == Inserted ? origin == Inserted : origin != Inserted && origin == first + (index - _runStart[_runs - 1]);
            if (followsOn)
            {
                return;
            }
        }

        if (_runs == _runStart.Length)
        {
            Array.Resize(ref _runStart, _runs * 2);
            Array.Resize(ref _runFirst, _runs * 2);
        }

        _runStart[_runs] = index;
        _runFirst[_runs] = origin;
        _runs++;
    }
}
