using System;

namespace Lancs.Scoring.Risk;

/// <summary>The distinct subject words of one description (<see cref="DescriptionOverlap"/>), lower-cased, in buffers that are
/// reused from one description to the next, so that comparing a million pairs of descriptions builds no strings or sets.</summary>
/// <remarks>Invariants: words <c>0 .. Count-1</c> are distinct; word <c>i</c> is the characters
/// <c>_chars[_start[i] .. _start[i] + _length[i]]</c> and <c>_hash[i]</c> is <see cref="Hash"/> of them; bit
/// <c>_hash[i] &amp; 63</c> of <c>_filter</c> is set for each word <c>i</c>, and no other bit is; <c>_chars</c> is at least
/// as long as the last text read.</remarks>
internal sealed class SubjectWordList
{
    private char[] _chars = new char[128];
    private int[] _start = new int[16];
    private int[] _length = new int[16];
    private int[] _hash = new int[16];
    private int _used;
    private ulong _filter;

    /// <summary>Each ASCII character lower-cased if it is a letter or digit, else '\0'.</summary>
    private static readonly char[] AsciiLower = MakeAsciiLower();

    /// <summary>Gets how many distinct subject words were read.</summary>
    public int Count { get; private set; }

    /// <summary>Reads the subject words of <paramref name="text"/>: words of letters and digits, lower-cased, of three
    /// characters or more, with a possessive "'s" dropped, and none of <paramref name="boilerplate"/> (when given).</summary>
    public SubjectWordList Read(string text, SubjectWordList? boilerplate)
    {
        Count = 0;
        _used = 0;
        _filter = 0;
        if (_chars.Length < text.Length)
        {
            // A description's words are never longer than the description, so the loop below needs no bounds of its own.
            _chars = new char[Math.Max(text.Length, _chars.Length * 2)];
        }

        var chars = _chars;
        var length = 0;
        var hash = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (LowerWordChar(c) is var lower and not '\0')
            {
                chars[_used + length++] = lower;
                hash = Hash(hash, lower);
                continue;
            }

            if ((c == '\'' || c == '\u2019') && i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
                && (i + 2 == text.Length || LowerWordChar(text[i + 2]) == '\0'))
            {
                i++; // a possessive: "Children's" is "children"
            }

            if (length >= 3 && (boilerplate is null || !boilerplate.MayHold(hash) || boilerplate.IndexOf(chars, _used, length, hash) < 0)
                && (!MayHold(hash) || IndexOf(chars, _used, length, hash) < 0))
            {
                Keep(length, hash);
            }

            length = 0;
            hash = 0;
        }

        return this;
    }

    /// <summary>Returns <paramref name="c"/> lower-cased when it is a letter or digit, else '\0': a table for ASCII, which
    /// is nearly every character of a register, and <see cref="char"/>'s own methods for the rest.</summary>
    private static char LowerWordChar(char c) =>
        c < AsciiLower.Length ? AsciiLower[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';

    /// <summary>Returns false when no word of this list has <paramref name="hash"/>; true when one may (a 64-bit filter of
    /// the hashes, so that a word is compared with a list of forty boilerplate words only when it may be one of them).</summary>
    private bool MayHold(int hash) => (_filter & (1UL << (hash & 63))) != 0;

    /// <summary>Returns the hash of word <paramref name="index"/>.</summary>
    public int HashAt(int index) => _hash[index];

    /// <summary>Returns whether word <paramref name="index"/> of <paramref name="other"/> is one of this list's words.</summary>
    public bool Contains(SubjectWordList other, int index) =>
        IndexOf(other._chars, other._start[index], other._length[index], other._hash[index]) >= 0;

    /// <summary>Returns the position of the word <paramref name="chars"/>[<paramref name="start"/>..+<paramref name="length"/>]
    /// among this list's words, or -1.</summary>
    public int IndexOf(char[] chars, int start, int length, int hash)
    {
        for (var w = 0; w < Count; w++)
        {
            if (_hash[w] == hash && _length[w] == length && Same(_chars, _start[w], chars, start, length))
            {
                return w;
            }
        }

        return -1;
    }

    /// <summary>Returns whether word <paramref name="index"/> is the characters of <paramref name="chars"/> from
    /// <paramref name="start"/>, as many as the word has.</summary>
    public bool IsWord(int index, char[] chars, int start) => Same(_chars, _start[index], chars, start, _length[index]);

    /// <summary>Copies word <paramref name="index"/> into <paramref name="destination"/> at <paramref name="at"/>, which must have room.</summary>
    public void CopyTo(int index, char[] destination, int at) => Array.Copy(_chars, _start[index], destination, at, _length[index]);

    /// <summary>Returns the length of word <paramref name="index"/>.</summary>
    public int LengthAt(int index) => _length[index];

    /// <summary>Returns whether two runs of characters are equal.</summary>
    public static bool Same(char[] a, int aStart, char[] b, int bStart, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (a[aStart + k] != b[bStart + k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Folds one more character into a word's hash (a multiplicative string hash: the lists compare a few words each,
    /// so it need only spread words apart, not resist an attacker; equal hashes are always confirmed character by character).</summary>
    public static int Hash(int hash, char c) => unchecked((hash * 31) + c);

    private void Keep(int length, int hash)
    {
        if (Count == _start.Length)
        {
            Array.Resize(ref _start, Count * 2);
            Array.Resize(ref _length, Count * 2);
            Array.Resize(ref _hash, Count * 2);
        }

        _start[Count] = _used;
        _length[Count] = length;
        _hash[Count] = hash;
        _used += length;
        _filter |= 1UL << (hash & 63);
        Count++;
    }

    private static char[] MakeAsciiLower()
    {
        var table = new char[128];
        for (var c = '\0'; c < (char)128; c++)
        {
            table[c] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
        }

        return table;
    }
}
