using System;
using System.Collections;
using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>The facts of type <typeparamref name="T"/> in a session: a growable array that compiled rules index directly.</summary>
/// <typeparam name="T">The fact type; value types are stored unboxed.</typeparam>
internal sealed class FactList<T> : FactList, IReadOnlyList<T>
{
    private int[] _origins = new int[4];
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
        _origins[_count] = origin;
        _count++;
    }

    /// <summary>Grows the storage to exactly <paramref name="capacity"/> when it is smaller: callers know how many facts are coming.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > Items.Length)
        {
            Array.Resize(ref Items, capacity);
            Array.Resize(ref _origins, capacity);
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

    public override int OriginOf(int index) => _origins[index];

    public override void CopyTo(FactList target)
    {
        for (var i = 0; i < _count; i++)
        {
            if (Items[i] is { } fact && target.FactType.IsInstanceOfType(fact))
            {
                target.AddObject(fact, _origins[i]);
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
        Array.Resize(ref _origins, size);
    }
}
