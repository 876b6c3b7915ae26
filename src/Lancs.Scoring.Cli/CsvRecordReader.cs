using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Lancs.Scoring.Cli;

/// <summary>
/// Reads CSV (RFC 4180: comma-separated; a cell may be quoted, a quote inside it doubled, a line break inside it kept)
/// row by row, strictly, and recovers from a row it cannot read at the next line.
/// </summary>
/// <remarks>
/// <para>A row cannot be read when a cell that does not start with a quote holds one, when text follows a closing quote,
/// when a quoted cell has no closing quote before the end of the file or before the limits (<see cref="InputLimits.MaxCellLength"/>,
/// <see cref="InputLimits.MaxRowLength"/>), or when it has another number of cells than <see cref="ExpectedCells"/>.
/// Such a row is reported at the line it starts on, and reading starts again at the very next line: a stray quote costs
/// its own line, never the lines after it (docs/reliability.md, "Reading rule").</para>
/// <para>Lines end at LF, CR LF or CR; a line break inside a quoted cell is kept as LF. Empty lines, and lines of white
/// space only, are not rows.</para>
/// <para>A line is read into one buffer kept for the whole file and its cells are cut from it, so a row costs its cells'
/// strings and their array only; short cells that repeat share one string (<see cref="CellStrings"/>). A line is made a
/// string of its own only when a quoted cell runs on to the next line, which reuses the buffer.</para>
/// </remarks>
internal sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly InputLimits _limits;
    private readonly LinkedList<Line> _again = new();
    private readonly List<Line> _taken = new();
    private readonly List<string> _cells = new();
    private string[]? _row;
    private readonly CellStrings _strings = new();
    private readonly char[] _buffer = new char[16384];
    private char[] _text = new char[1024];
    private int _textLength;
    private char[] _cell = new char[256];
    private int _cellLength;
    private int _length;
    private int _position;
    private int _lines;
    private bool _ended;

    public CsvRecordReader(TextReader reader, InputLimits limits)
    {
        _reader = reader;
        _limits = limits;
    }

    /// <summary>Gets or sets the number of cells a row must have (the header's), or <see langword="null"/> for any number.</summary>
    public int? ExpectedCells { get; set; }

    /// <summary>Reads the next row, or returns <see langword="null"/> at the end of the file. Past the header, the row's cells
    /// are valid until the next call.</summary>
    public CsvRecord? Read()
    {
        Line first;
        do
        {
            if (!TryNextLine(out first))
            {
                return null;
            }
        }
        while (!first.TooLong && TextOf(first).IsWhiteSpace());

        if (first.TooLong)
        {
            return CsvRecord.Malformed(first.Number, 1, -1, Text("the line is longer than {0:N0} characters, the limit for a row", _limits.MaxRowLength), StringOf(first));
        }

        _taken.Clear();
        var record = ReadCells(first);
        if (record.IsMalformed)
        {
            // Read again, as rows of their own, the lines the broken row ran into: a stray quote costs one line only.
            for (var i = _taken.Count - 1; i >= 0; i--)
            {
                _again.AddFirst(_taken[i]);
            }
        }

        return record;
    }

    private CsvRecord ReadCells(Line first)
    {
        _cells.Clear();
        var text = TextOf(first);
        var position = 0;
        var rowLength = text.Length;
        while (true)
        {
            var column = position + 1;
            if (position < text.Length && text[position] == '"')
            {
                var startLine = _taken.Count;
                _cellLength = 0;
                position++;
                while (true)
                {
                    var quote = text.Slice(position).IndexOf('"');
                    if (quote < 0)
                    {
                        AppendToCell(text.Slice(position));
                        if (_cellLength > _limits.MaxCellLength)
                        {
                            return Broken(first, column, _cells.Count, Text("the quoted cell here runs past {0:N0} characters, the limit for a cell, without its closing quote", _limits.MaxCellLength));
                        }

                        // The next line is read into the buffer that holds this one: keep this one first.
                        first = Keep(first);
                        if (!TryNextLine(out var next))
                        {
                            return Broken(first, column, _cells.Count, "the quoted cell here has no closing quote before the end of the file");
                        }

                        next = Keep(next);
                        _taken.Add(next);
                        rowLength += next.Text!.Length + 1;
                        if (next.TooLong || rowLength > _limits.MaxRowLength)
                        {
                            return Broken(first, column, _cells.Count, Text("the quoted cell here runs past {0:N0} characters, the limit for a row, without its closing quote", _limits.MaxRowLength));
                        }

                        AppendToCell("\n");
                        text = next.Text;
                        position = 0;
                        continue;
                    }

                    quote += position;
                    AppendToCell(text.Slice(position, quote - position));
                    if (quote + 1 < text.Length && text[quote + 1] == '"')
                    {
                        AppendToCell("\"");
                        position = quote + 2;
                        continue;
                    }

                    position = quote + 1;
                    break;
                }

                if (_cellLength > _limits.MaxCellLength)
                {
                    return Broken(first, column, _cells.Count, Text("the cell here is longer than {0:N0} characters, the limit for a cell", _limits.MaxCellLength));
                }

                _cells.Add(_strings.Get(_cell.AsSpan(0, _cellLength)));
                if (position == text.Length)
                {
                    break;
                }

                if (text[position] != ',')
                {
                    var where = _taken.Count == startLine ? Text("column {0}", position + 1) : Text("line {0}, column {1}", first.Number + _taken.Count, position + 1);
                    return Broken(first, column, _cells.Count - 1, Text(
                        "text follows the closing quote of the quoted cell here (at {0}); a quote inside a quoted cell is written as two quotes", where));
                }

                position++;
            }
            else
            {
                var rest = text.Slice(position);
                var comma = rest.IndexOf(',');
                var cell = comma < 0 ? rest : rest.Slice(0, comma);
                var quote = cell.IndexOf('"');
                if (quote >= 0)
                {
                    return Broken(first, column, _cells.Count, Text(
                        "a quote inside a cell that does not start with one (at column {0}); put the whole cell in quotes and write the quote as two quotes", position + quote + 1));
                }

                if (cell.Length > _limits.MaxCellLength)
                {
                    return Broken(first, column, _cells.Count, Text("the cell here is longer than {0:N0} characters, the limit for a cell", _limits.MaxCellLength));
                }

                _cells.Add(_strings.Get(cell));
                if (comma < 0)
                {
                    break;
                }

                position += comma + 1;
            }
        }

        if (ExpectedCells is int expected && _cells.Count != expected)
        {
            return Broken(first, 1, -1, Text(
                "the row has {0} where the header has {1} (a comma that should be inside quotes, or a missing cell?)", Cells(_cells.Count), Cells(expected)));
        }

        return CsvRecord.Read(first.Number, first.Number + _taken.Count, CellsOfRow());
    }

    /// <summary>Returns the cells just read: past the header, whose cell count every row has, in one array filled again for
    /// each row (a million rows made a million arrays that lived until the next row); the header in an array of its own.</summary>
    private string[] CellsOfRow()
    {
        if (ExpectedCells is null)
        {
            return _cells.ToArray();
        }

        _row ??= new string[_cells.Count];
        _cells.CopyTo(_row);
        return _row;
    }

    private CsvRecord Broken(Line first, int column, int cellIndex, string problem) =>
        CsvRecord.Malformed(first.Number, column, cellIndex, problem, StringOf(first));

    /// <summary>Returns a line's text: its own string, or the buffer when it is the line read last.</summary>
    private ReadOnlySpan<char> TextOf(Line line) => line.Text is { } text ? text.AsSpan() : _text.AsSpan(0, _textLength);

    private string StringOf(Line line) => line.Text ?? _text.AsSpan(0, _textLength).ToString();

    /// <summary>Returns the line with its text as a string of its own, so that the buffer can take the next line.</summary>
    private Line Keep(Line line) => line.Text is null ? new Line(line.Number, StringOf(line), line.TooLong) : line;

    private bool TryNextLine(out Line line)
    {
        if (_again.First is { } again)
        {
            line = again.Value;
            _again.RemoveFirst();
            return true;
        }

        line = default;
        if (_ended)
        {
            return false;
        }

        _textLength = 0;
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (!any)
                {
                    return false;
                }

                break;
            }

            any = true;
            var rest = _buffer.AsSpan(_position, _length - _position);
            var end = rest.IndexOfAny('\n', '\r');
            var count = end < 0 ? rest.Length : end;
            Append(rest.Slice(0, count), ref tooLong);
            _position += count;
            if (_position == _length)
            {
                continue;
            }

            var ending = _buffer[_position++];
            if (ending == '\r' && (_position < _length || Fill()) && _buffer[_position] == '\n')
            {
                _position++;
            }

            break;
        }

        line = new Line(++_lines, null, tooLong);
        return true;
    }

    private void Append(ReadOnlySpan<char> chars, ref bool tooLong)
    {
        // A line longer than a row may be is not kept whole: the rest is read and dropped, so memory stays bounded.
        var room = _limits.MaxRowLength - _textLength;
        if (chars.Length > room)
        {
            tooLong = true;
            chars = chars.Slice(0, room);
        }

        _textLength = Add(ref _text, _textLength, chars);
    }

    private void AppendToCell(ReadOnlySpan<char> chars) => _cellLength = Add(ref _cell, _cellLength, chars);

    /// <summary>Appends <paramref name="chars"/> to a buffer holding <paramref name="length"/> characters, growing it when
    /// full, and returns its new length.</summary>
    private static int Add(ref char[] buffer, int length, ReadOnlySpan<char> chars)
    {
        if (length + chars.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(length + chars.Length, buffer.Length * 2));
        }

        chars.CopyTo(buffer.AsSpan(length));
        return length + chars.Length;
    }

    private bool Fill()
    {
        if (_ended)
        {
            return false;
        }

        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        _ended = _length == 0;
        return !_ended;
    }

    private static string Cells(int count) => count == 1 ? "1 cell" : Text("{0} cells", count);

    private static string Text(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    /// <summary>A line of the file: its number and whether it was cut at the limit for a row, and its text, which is
    /// <see langword="null"/> while the line is the one in the reader's buffer.</summary>
    private readonly struct Line
    {
        public Line(int number, string? text, bool tooLong)
        {
            Number = number;
            Text = text;
            TooLong = tooLong;
        }

        public int Number { get; }

        public string? Text { get; }

        public bool TooLong { get; }
    }
}
