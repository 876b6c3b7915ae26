using System;

namespace Lancs.Scoring.Cli;

/// <summary>Makes the strings of a file's cells, sharing one string among the cells that repeat the same short text.</summary>
/// <remarks>A register repeats the same few words in every row ("risk", "Economic", "Increased", an owner's initials, a
/// score, a source), so one string each, instead of one per row, saves most of a row's strings and their collection. The
/// table is direct-mapped with a fixed number of slots, so it stays the same size whatever the file holds: a text whose
/// slot holds another takes the slot over, and a cell longer than <see cref="MaxLength"/> always gets its own string.</remarks>
internal sealed class CellStrings
{
    /// <summary>The longest cell whose string is shared.</summary>
    public const int MaxLength = 32;

    private const int Slots = 4096;

    private readonly string?[] _slots = new string?[Slots];

    /// <summary>Returns <paramref name="text"/> as a string: the one made for the same text before, when its slot still holds it.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        var slot = string.GetHashCode(text) & (Slots - 1);
        if (_slots[slot] is { } kept && text.SequenceEqual(kept))
        {
            return kept;
        }

        var made = text.ToString();
        _slots[slot] = made;
        return made;
    }
}
