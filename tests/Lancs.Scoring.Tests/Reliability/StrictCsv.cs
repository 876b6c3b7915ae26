using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>
/// The reference the fuzz properties hold the command's reader to: the reading rule of docs/reliability.md written as
/// plainly as possible over the whole text, with no streaming, no limits and no code shared with the reader.
/// </summary>
/// <remarks>A row is read strictly (RFC 4180). A row that cannot be read, or has another number of cells than the
/// header, is rejected at its first line and reading starts again at the next line. A row read whole is accepted, unless
/// a cell holds U+FFFD or a control character other than tab and line feed (then it is rejected, and its lines are used).
/// Empty and white-space lines are not rows.</remarks>
public static class StrictCsv
{
    /// <summary>A row the strict reader sees: its first line, its cells when accepted, or none when rejected.</summary>
    public sealed record Row(int Line, IReadOnlyList<string>? Cells)
    {
        public bool Accepted => Cells is not null;

        public override string ToString() => Accepted ? $"line {Line}: [{string.Join("|", Cells!)}]" : $"line {Line}: rejected";
    }

    /// <summary>Decodes a file as the command does: UTF-8 unless a byte-order mark says otherwise, bad bytes as U+FFFD.</summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Returns the header's cells (trimmed) and the data rows of <paramref name="text"/>, or a null header when the
    /// file has none or the header cannot be read.</summary>
    public static (IReadOnlyList<string>? Header, IReadOnlyList<Row> Rows) Read(string text)
    {
        var lines = Lines(text);
        var rows = new List<Row>();
        IReadOnlyList<string>? header = null;
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Text.Trim().Length == 0)
            {
                i++;
                continue;
            }

            var (cells, last) = Parse(lines, i);
            if (header is null)
            {
                if (cells is null)
                {
                    return (null, rows);
                }

                header = cells.Select(c => c.Trim().TrimStart('\uFEFF').Trim()).ToList();
                i = last + 1;
                continue;
            }

            if (cells is null || cells.Count != header.Count)
            {
                rows.Add(new Row(lines[i].Number, null));
                i++;
                continue;
            }

            rows.Add(new Row(lines[i].Number, cells.Any(Unreadable) ? null : cells));
            i = last + 1;
        }

        return (header, rows);
    }

    private static bool Unreadable(string cell) =>
        cell.Any(c => c == '\uFFFD' || (c < ' ' && c != '\t' && c != '\n') || (c >= '\u007F' && c <= '\u009F'));

    /// <summary>Reads one row from line <paramref name="first"/>: its cells and its last line, or null cells when it cannot be read.</summary>
    private static (List<string>? Cells, int Last) Parse(List<(int Number, string Text)> lines, int first)
    {
        var cells = new List<string>();
        var line = first;
        var text = lines[line].Text;
        var at = 0;
        while (true)
        {
            var cell = new StringBuilder();
            if (at < text.Length && text[at] == '"')
            {
                at++;
                while (true)
                {
                    if (at == text.Length)
                    {
                        if (line + 1 == lines.Count)
                        {
                            return (null, line);
                        }

                        cell.Append('\n');
                        line++;
                        text = lines[line].Text;
                        at = 0;
                    }
                    else if (text[at] != '"')
                    {
                        cell.Append(text[at++]);
                    }
                    else if (at + 1 < text.Length && text[at + 1] == '"')
                    {
                        cell.Append('"');
                        at += 2;
                    }
                    else
                    {
                        at++;
                        break;
                    }
                }

                cells.Add(cell.ToString());
                if (at == text.Length)
                {
                    return (cells, line);
                }

                if (text[at++] != ',')
                {
                    return (null, line);
                }
            }
            else
            {
                while (at < text.Length && text[at] != ',')
                {
                    if (text[at] == '"')
                    {
                        return (null, line);
                    }

                    cell.Append(text[at++]);
                }

                cells.Add(cell.ToString());
                if (at == text.Length)
                {
                    return (cells, line);
                }

                at++;
            }
        }
    }

    /// <summary>Splits text into numbered lines at LF, CR LF and CR.</summary>
    public static List<(int Number, string Text)> Lines(string text)
    {
        var lines = new List<(int, string)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\r')
            {
                lines.Add((lines.Count + 1, text.Substring(start, i - start)));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add((lines.Count + 1, text.Substring(start)));
        }

        return lines;
    }
}
