using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>What a corruption does to a file.</summary>
public enum CorruptionKind
{
    InsertQuote,
    DeleteQuote,
    InsertDelimiter,
    DeleteDelimiter,
    InsertNewline,
    DeleteNewline,
    SpliceBytes,
    OverwriteBytes,
    DuplicateHeaderCell,
    DropHeaderCell,
}

/// <summary>One random change to a seed file, confined to one data row (or to the header), described so that a failing
/// case can be read and replayed.</summary>
/// <param name="Kind">What is done.</param>
/// <param name="Row">The data row (0-based) changed, or -1 for the header.</param>
/// <param name="Choice">Where in the row (or which header cell): reduced modulo the number of places available.</param>
/// <param name="Bytes">The bytes spliced or written, for <see cref="CorruptionKind.SpliceBytes"/> and <see cref="CorruptionKind.OverwriteBytes"/>.</param>
public sealed record Corruption(CorruptionKind Kind, int Row, int Choice, byte[] Bytes)
{
    public bool IsHeader => Kind is CorruptionKind.DuplicateHeaderCell or CorruptionKind.DropHeaderCell;

    /// <summary>Returns the corrupted bytes, or <see langword="null"/> when the corruption has nowhere to apply (no quote to delete).</summary>
    public byte[]? Apply(SeedFile seed)
    {
        if (IsHeader)
        {
            return ApplyToHeader(seed);
        }

        var (start, end) = seed.Span(seed.Rows[Row % seed.Rows.Count]);
        return Apply(seed.Bytes, start, end);
    }

    /// <summary>Returns <paramref name="bytes"/> with the corruption applied anywhere in them (it may join or split rows),
    /// or <see langword="null"/> when it has nowhere to apply.</summary>
    public byte[]? ApplyAnywhere(byte[] bytes) => IsHeader ? null : Apply(bytes, 0, bytes.Length);

    private byte[]? Apply(byte[] bytes, int start, int end)
    {
        byte[]? Insert(byte[] inserted)
        {
            var at = start + (Choice % (end - start + 1));
            return bytes.Take(at).Concat(inserted).Concat(bytes.Skip(at)).ToArray();
        }

        byte[]? Delete(Func<int, bool> which, int length = 1)
        {
            var places = Enumerable.Range(start, end - start).Where(which).ToList();
            if (places.Count == 0)
            {
                return null;
            }

            var at = places[Choice % places.Count];
            return bytes.Take(at).Concat(bytes.Skip(at + LengthAt(bytes, at, length))).ToArray();
        }

        return Kind switch
        {
            CorruptionKind.InsertQuote => Insert(new[] { (byte)'"' }),
            CorruptionKind.DeleteQuote => Delete(i => bytes[i] == '"'),
            CorruptionKind.InsertDelimiter => Insert(new[] { (byte)',' }),
            CorruptionKind.DeleteDelimiter => Delete(i => bytes[i] == ','),
            CorruptionKind.InsertNewline => Insert(new[] { (byte)'\n' }),
            CorruptionKind.DeleteNewline => Delete(i => bytes[i] == '\n' || bytes[i] == '\r', 0),
            CorruptionKind.SpliceBytes => Insert(Bytes),
            CorruptionKind.OverwriteBytes => Overwrite(bytes, start, end),
            _ => throw new InvalidOperationException(Kind.ToString()),
        };
    }

    public override string ToString() => $"{Kind} row {Row} choice {Choice}" + (Bytes.Length > 0 ? " bytes " + BitConverter.ToString(Bytes) : string.Empty);

    private static int LengthAt(byte[] bytes, int at, int length) =>
        length > 0 ? length : bytes[at] == '\r' && at + 1 < bytes.Length && bytes[at + 1] == '\n' ? 2 : 1;

    private byte[]? Overwrite(byte[] bytes, int start, int end)
    {
        // Overwrite only bytes that are not line breaks, with bytes that are not either, so the row keeps its lines.
        var places = Enumerable.Range(start, end - start).Where(i => bytes[i] != '\n' && bytes[i] != '\r').ToList();
        if (places.Count == 0)
        {
            return null;
        }

        var copy = (byte[])bytes.Clone();
        var at = places[Choice % places.Count];
        for (var k = 0; k < Bytes.Length && at + k < end && copy[at + k] != '\n' && copy[at + k] != '\r'; k++)
        {
            copy[at + k] = Bytes[k];
        }

        return copy;
    }

    private byte[] ApplyToHeader(SeedFile seed)
    {
        var (start, end) = seed.HeaderSpan;
        var cells = Encoding.UTF8.GetString(seed.Bytes, start, end - start).Split(',').ToList();
        var cell = Choice % cells.Count;
        if (Kind == CorruptionKind.DuplicateHeaderCell)
        {
            cells.Insert(cell, cells[cell]);
        }
        else
        {
            cells.RemoveAt(cell);
        }

        var header = Encoding.UTF8.GetBytes(string.Join(",", cells));
        return seed.Bytes.Take(start).Concat(header).Concat(seed.Bytes.Skip(end)).ToArray();
    }

    /// <summary>Returns how many line breaks a corrupted row has more (or fewer) than the original.</summary>
    public int LineShift(SeedFile seed, byte[] corrupted)
    {
        var (start, end) = seed.Span(seed.Rows[Row % seed.Rows.Count]);
        var newEnd = end + (corrupted.Length - seed.Bytes.Length);
        return Breaks(corrupted, start, newEnd) - Breaks(seed.Bytes, start, end);
    }

    private static int Breaks(byte[] bytes, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= end || bytes[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
