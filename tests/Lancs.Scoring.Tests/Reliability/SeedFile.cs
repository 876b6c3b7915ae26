using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>A valid CSV from <c>data/</c> to corrupt: its bytes, where each line starts, and the byte span of each data row.</summary>
public sealed class SeedFile
{
    private SeedFile(string name, byte[] bytes)
    {
        Name = name;
        Bytes = bytes;
        LineStarts = new List<int> { 0 };
        LineEnds = new List<int>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || bytes[i] == (byte)'\r')
            {
                LineEnds.Add(i);
                if (bytes[i] == (byte)'\r' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n')
                {
                    i++;
                }

                LineStarts.Add(i + 1);
            }
        }

        if (LineStarts[^1] < bytes.Length)
        {
            LineEnds.Add(bytes.Length);
        }
        else
        {
            LineStarts.RemoveAt(LineStarts.Count - 1);
        }

        var (header, rows) = StrictCsv.Read(StrictCsv.Decode(bytes));
        if (header is null || rows.Any(r => !r.Accepted))
        {
            throw new InvalidOperationException($"{name} is not a valid CSV to start from.");
        }

        Header = header;
        Rows = rows.Select((row, k) => new RowSpan(row.Line, k + 1 < rows.Count ? LastLineBefore(rows[k + 1].Line) : LineEnds.Count)).ToList();
    }

    public string Name { get; }

    public byte[] Bytes { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>Gets each data row's first and last line (1-based).</summary>
    public IReadOnlyList<RowSpan> Rows { get; }

    /// <summary>Gets the byte offset where each line starts (index 0 is line 1).</summary>
    public List<int> LineStarts { get; }

    /// <summary>Gets the byte offset where each line's text ends, before its line break.</summary>
    public List<int> LineEnds { get; }

    public static SeedFile Load(params string[] relativePath) =>
        new(relativePath[^1], File.ReadAllBytes(Path.Combine(new[] { AppContext.BaseDirectory, "data" }.Concat(relativePath).ToArray())));

    /// <summary>Gets the byte span of a data row's text, from its first line's start to its last line's end (line breaks inside it included).</summary>
    public (int Start, int End) Span(RowSpan row) => (LineStarts[row.First - 1], LineEnds[row.Last - 1]);

    /// <summary>Gets the byte span of the header line.</summary>
    public (int Start, int End) HeaderSpan => (LineStarts[0], LineEnds[0]);

    public override string ToString() => Name;

    private int LastLineBefore(int line)
    {
        // Blank lines between rows belong to no row; the data files have none, but stay exact.
        var last = line - 1;
        while (last > 0 && LineEnds[last - 1] == LineStarts[last - 1])
        {
            last--;
        }

        return last;
    }

    /// <summary>A data row's first and last line.</summary>
    public readonly record struct RowSpan(int First, int Last);
}
