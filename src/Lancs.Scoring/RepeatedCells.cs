using System;
using System.Collections.Concurrent;
using System.Threading;

namespace Lancs.Scoring;

/// <summary>Remembers what the cell texts a register repeats parse to, so that a million rows that all say "Increased"
/// read it once instead of a million times (a bulk re-score spent about half a kilobyte and half a microsecond a row on
/// it). The parse must depend on the text alone and its result must be immutable, since every row with that text shares
/// it.</summary>
/// <remarks>Bounded twice, so that a register of free text cannot grow it: only texts of at most
/// <see cref="MaxTextLength"/> characters are remembered, and only the first <see cref="Capacity"/> distinct ones; any
/// other text is parsed each time, exactly as without the cache. Safe to use from several threads at once.</remarks>
/// <typeparam name="T">The parsed value.</typeparam>
internal sealed class RepeatedCells<T>
    where T : class
{
    /// <summary>The most distinct texts remembered.</summary>
    public const int Capacity = 512;

    /// <summary>The longest text remembered, in characters.</summary>
    public const int MaxTextLength = 40;

    private readonly ConcurrentDictionary<string, T> _parsed = new(StringComparer.Ordinal);
    private readonly Func<string, T> _parse;

    // Counted apart: ConcurrentDictionary.Count takes every lock of the dictionary.
    private int _count;

    /// <summary>Creates an empty cache over <paramref name="parse"/>.</summary>
    public RepeatedCells(Func<string, T> parse) => _parse = parse;

    /// <summary>Returns what <paramref name="text"/> parses to, remembered when it is short and the cache has room.</summary>
    public T Parse(string text)
    {
        if (text.Length > MaxTextLength)
        {
            return _parse(text);
        }

        if (_parsed.TryGetValue(text, out var known))
        {
            return known;
        }

        var parsed = _parse(text);
        if (Volatile.Read(ref _count) < Capacity && _parsed.TryAdd(text, parsed))
        {
            Interlocked.Increment(ref _count);
        }

        return parsed;
    }
}
