using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

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
/// </remarks>
internal sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly InputLimits _limits;
    private readonly LinkedList<Line> _again = new();
    private readonly char[] _buffer = new char[16384];
    private readonly StringBuilder _line = new();
    private readonly StringBuilder _cell = new();
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

    /// <summary>Reads the next row, or returns <see langword="null"/> at the end of the file.</summary>
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
        while (!first.TooLong && first.Text.Trim().Length == 0);

        if (first.TooLong)
        {
            return CsvRecord.Malformed(first.Number, 1, -1, Text("the line is longer than {0:N0} characters, the limit for a row", _limits.MaxRowLength), first.Text);
        }

        var taken = new List<Line>();
        var record = ReadCells(first, taken);
        if (record.IsMalformed)
        {
            // Read again, as rows of their own, the lines the broken row ran into: a stray quote costs one line only.
            for (var i = taken.Count - 1; i >= 0; i--)
            {
                _again.AddFirst(taken[i]);
            }
        }

        return record;
    }

    private CsvRecord ReadCells(Line first, List<Line> taken)
    {
        var cells = new List<string>();
        var text = first.Text;
        var position = 0;
        var rowLength = text.Length;
        while (true)
        {
            var column = position + 1;
            if (position < text.Length && text[position] == '"')
            {
                var startLine = text;
                _cell.Clear();
                position++;
                while (true)
                {
                    var quote = text.IndexOf('"', position);
                    if (quote < 0)
                    {
                        _cell.Append(text, position, text.Length - position);
                        if (_cell.Length > _limits.MaxCellLength)
                        {
                            return Broken(first, column, cells.Count, Text("the quoted cell here runs past {0:N0} characters, the limit for a cell, without its closing quote", _limits.MaxCellLength));
                        }

                        if (!TryNextLine(out var next))
                        {
                            return Broken(first, column, cells.Count, "the quoted cell here has no closing quote before the end of the file");
                        }

                        taken.Add(next);
                        rowLength += next.Text.Length + 1;
                        if (next.TooLong || rowLength > _limits.MaxRowLength)
                        {
                            return Broken(first, column, cells.Count, Text("the quoted cell here runs past {0:N0} characters, the limit for a row, without its closing quote", _limits.MaxRowLength));
                        }

                        _cell.Append('\n');
                        text = next.Text;
                        position = 0;
                        continue;
                    }

                    _cell.Append(text, position, quote - position);
                    if (quote + 1 < text.Length && text[quote + 1] == '"')
                    {
                        _cell.Append('"');
                        position = quote + 2;
                        continue;
                    }

                    position = quote + 1;
                    break;
                }

                if (_cell.Length > _limits.MaxCellLength)
                {
                    return Broken(first, column, cells.Count, Text("the cell here is longer than {0:N0} characters, the limit for a cell", _limits.MaxCellLength));
                }

                cells.Add(_cell.ToString());
                if (position == text.Length)
                {
                    break;
                }

                if (text[position] != ',')
                {
                    var where = ReferenceEquals(text, startLine) ? Text("column {0}", position + 1) : Text("line {0}, column {1}", first.Number + taken.Count, position + 1);
                    return Broken(first, column, cells.Count - 1, Text(
                        "text follows the closing quote of the quoted cell here (at {0}); a quote inside a quoted cell is written as two quotes", where));
                }

                position++;
            }
            else
            {
                var comma = text.IndexOf(',', position);
                var end = comma < 0 ? text.Length : comma;
                var quote = text.IndexOf('"', position, end - position);
                if (quote >= 0)
                {
                    return Broken(first, column, cells.Count, Text(
                        "a quote inside a cell that does not start with one (at column {0}); put the whole cell in quotes and write the quote as two quotes", quote + 1));
                }

                if (end - position > _limits.MaxCellLength)
                {
                    return Broken(first, column, cells.Count, Text("the cell here is longer than {0:N0} characters, the limit for a cell", _limits.MaxCellLength));
                }

                cells.Add(text.Substring(position, end - position));
                if (comma < 0)
                {
                    break;
                }

                position = comma + 1;
            }
        }

        if (ExpectedCells is int expected && cells.Count != expected)
        {
            return Broken(first, 1, -1, Text(
                "the row has {0} where the header has {1} (a comma that should be inside quotes, or a missing cell?)", Cells(cells.Count), Cells(expected)));
        }

        return CsvRecord.Read(first.Number, first.Number + taken.Count, cells, first.Text);
    }

    private static CsvRecord Broken(Line first, int column, int cellIndex, string problem) =>
        CsvRecord.Malformed(first.Number, column, cellIndex, problem, first.Text);

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

        _line.Clear();
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
            var start = _position;
            while (_position < _length && _buffer[_position] != '\n' && _buffer[_position] != '\r')
            {
                _position++;
            }

            Append(start, _position - start, ref tooLong);
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

        line = new Line(++_lines, _line.ToString(), tooLong);
        return true;
    }

    private void Append(int start, int count, ref bool tooLong)
    {
        // A line longer than a row may be is not kept whole: the rest is read and dropped, so memory stays bounded.
        var room = _limits.MaxRowLength - _line.Length;
        if (count > room)
        {
            tooLong = true;
            count = room;
        }

        _line.Append(_buffer, start, count);
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

    private readonly struct Line
    {
        public Line(int number, string text, bool tooLong)
        {
            Number = number;
            Text = text;
            TooLong = tooLong;
        }

        public int Number { get; }

        public string Text { get; }

        public bool TooLong { get; }
    }
}
