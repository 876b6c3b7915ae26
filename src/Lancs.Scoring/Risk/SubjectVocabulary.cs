using System;

namespace Lancs.Scoring.Risk;

/// <summary>Numbers the distinct subject words of a register's descriptions, so that matching by subject
/// (<see cref="RegisterLineage"/>) compares and indexes small integers instead of strings, and keeps each word once.</summary>
/// <remarks>Invariants: ids run from 0 to <c>Count - 1</c> in the order the words were added; word <c>id</c> is
/// <c>_chars[_start[id] .. _start[id] + _length[id]]</c> with hash <c>_hash[id]</c>; <c>_slots</c> is an open-addressing
/// table of <c>id + 1</c> (0 is empty) whose length is a power of two, at most half full.</remarks>
internal sealed class SubjectVocabulary
{
    private int[] _slots = new int[1024];
    private char[] _chars = new char[4096];
    private int[] _start = new int[256];
    private int[] _length = new int[256];
    private int[] _hash = new int[256];
    private int _used;

    /// <summary>Gets how many distinct words have ids.</summary>
    public int Count { get; private set; }

    /// <summary>Returns the id of word <paramref name="index"/> of <paramref name="words"/>, giving it the next id when new.</summary>
    public int Add(SubjectWordList words, int index)
    {
        var slot = Find(words, index);
        if (_slots[slot] != 0)
        {
            return _slots[slot] - 1;
        }

        var id = Keep(words, index);
        _slots[slot] = id + 1;
        if (2 * Count > _slots.Length)
        {
            Rehash();
        }

        return id;
    }

    /// <summary>Returns the id of word <paramref name="index"/> of <paramref name="words"/>, or -1 when it has none.</summary>
    public int IdOf(SubjectWordList words, int index) => _slots[Find(words, index)] - 1;

    /// <summary>Returns the slot that holds the word, or the empty slot where it would go.</summary>
    private int Find(SubjectWordList words, int index)
    {
        var hash = words.HashAt(index);
        var length = words.LengthAt(index);
        var mask = _slots.Length - 1;
        var slot = Start(hash, mask);
        while (_slots[slot] is var held and not 0)
        {
            var id = held - 1;
            if (_hash[id] == hash && _length[id] == length && words.IsWord(index, _chars, _start[id]))
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private int Keep(SubjectWordList words, int index)
    {
        var length = words.LengthAt(index);
        while (_used + length > _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        if (Count == _start.Length)
        {
            Array.Resize(ref _start, Count * 2);
            Array.Resize(ref _length, Count * 2);
            Array.Resize(ref _hash, Count * 2);
        }

        words.CopyTo(index, _chars, _used);
        _start[Count] = _used;
        _length[Count] = length;
        _hash[Count] = words.HashAt(index);
        _used += length;
        return Count++;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = Start(_hash[id], mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = id + 1;
        }
    }

    // Fibonacci hashing spreads the string hash's low bits, which are weak for short words, over the table.
    private static int Start(int hash, int mask) => (int)((unchecked((uint)hash * 2654435769u) >> 7) & (uint)mask);
}
