using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Lancs.Scoring.Cli;

/// <summary>The rows of a CSV file with a header, read strictly by <see cref="CsvRecordReader"/>: a row that cannot be read
/// is reported (file, line, column, cell) and skipped, every other row is still read, and progress is reported on large files.</summary>
/// <remarks>The header's names are matched without regard to case or surrounding white space, and each may appear once.
/// A row is also reported, not read, when a cell holds U+FFFD (bytes that were not UTF-8) or a control character.</remarks>
internal sealed class CsvRows : IDisposable
{
    /// <summary>The characters a cell may not hold: U+FFFD and control characters other than tab and line feed.</summary>
    private static readonly SearchValues<char> Unreadable = UnreadableChars();

    private readonly StreamReader _text;
    private readonly CsvRecordReader _records;
    private readonly List<Rejection> _problems;
    private readonly InputLimits _limits;
    private readonly string _path;
    private readonly string _file;
    private readonly string _kind;
    private readonly string[] _header;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private Rejection? _firstMalformed;
    private int _malformed;

    private readonly Func<string, string>? _rename;

    private CsvRows(Stream stream, string path, string kind, List<Rejection> problems, InputLimits limits, Func<string, string>? rename)
    {
        _rename = rename;
        _problems = problems;
        _limits = limits;
        _path = path;
        _file = Path.GetFileName(path);
        _kind = kind;

        // UTF-8 unless the file starts with a byte-order mark; bytes that are not UTF-8 become U+FFFD, and rows holding one are reported.
        _text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 65536);
        _records = new CsvRecordReader(_text, limits);
        _header = ReadHeader();
        _records.ExpectedCells = _header.Length;
    }

    /// <summary>Opens <paramref name="path"/> and checks that its header has the <paramref name="required"/> columns.</summary>
    /// <exception cref="UsageException">The file is missing, not readable, empty, or its header is malformed, names a column
    /// twice or lacks a required column.</exception>
    public static CsvRows Open(string path, string kind, IReadOnlyList<string> required, string expectedHeader, List<Rejection> problems, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        return From(InputFile.Open(path, limits), path, kind, required, expectedHeader, problems, limits);
    }

    /// <summary>Reads the CSV in <paramref name="stream"/>, named <paramref name="path"/> in messages; see <see cref="Open"/>.</summary>
    /// <remarks><paramref name="rename"/> turns a header into the column name it is read by (a register's "Risk Score" into
    /// "inherent"); without it each header is its own name.</remarks>
    public static CsvRows From(Stream stream, string path, string kind, IReadOnlyList<string> required, string expectedHeader, List<Rejection> problems, InputLimits? limits = null,
        Func<string, string>? rename = null)
    {
        CsvRows rows;
        try
        {
            rows = new CsvRows(stream, path, kind, problems, limits ?? InputLimits.Default, rename);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        foreach (var column in required)
        {
            if (!rows._columns.ContainsKey(column))
            {
                rows.Dispose();
                throw new UsageException($"{Quoted.Clip(path)}: the header has no '{column}' column; expected {expectedHeader}.");
            }
        }

        return rows;
    }

    /// <summary>Returns each row that could be read: its line, and its cells by column name (empty for a column the file lacks).
    /// On a large file it writes "FILE: N rows read" to <paramref name="progress"/> every <paramref name="every"/> rows,
    /// and the total at the end.</summary>
    /// <exception cref="UsageException">More than <see cref="InputLimits.MaxMalformedRows"/> rows could not be read, or the
    /// file is larger than the limit or stops sending.</exception>
    public IEnumerable<(int Line, Func<string, string> Cell)> Read(TextWriter progress, int every = 100_000)
    {
        foreach (var row in Rows(progress, every))
        {
            yield return (row.Line, column => row[ColumnIndex(column)]);
        }
    }

    /// <summary>Returns the position of a column among a row's cells, or -1 when the file lacks it.</summary>
    public int ColumnIndex(string column) => _columns.TryGetValue(column, out var index) ? index : -1;

    /// <summary>Returns each row that could be read, as <see cref="Read"/> does, with its cells by position
    /// (<see cref="ColumnIndex"/>): for a large file, where a look-up by name for every cell of every row shows.</summary>
    /// <exception cref="UsageException">More than <see cref="InputLimits.MaxMalformedRows"/> rows could not be read, or the
    /// file is larger than the limit or stops sending.</exception>
    public IEnumerable<CsvRow> Rows(TextWriter progress, int every = 100_000)
    {
        var count = 0;
        while (_records.Read() is { } record)
        {
            if (++count % every == 0)
            {
                progress.WriteLine($"{_file}: {count:N0} rows read");
            }

            if (record.IsMalformed)
            {
                Reject(new Rejection($"{_file} line {record.Line}", FieldName(record.CellIndex), record.Text,
                    $"malformed CSV at column {record.Column}: {record.Problem}; the row was skipped."));
                continue;
            }

            var cells = record.Cells!;
            if (UnreadableCell(record, cells) is { } unreadable)
            {
                Reject(unreadable);
                continue;
            }

            yield return new CsvRow(record.Line, cells);
        }

        if (count >= every)
        {
            progress.WriteLine($"{_file}: {count:N0} rows read, done.");
        }
    }

    public void Dispose() => _text.Dispose();

    private string[] ReadHeader()
    {
        if (_records.Read() is not { } header)
        {
            throw new UsageException($"{Quoted.Clip(_path)}: the file is empty; a {_kind} CSV starts with a header row.");
        }

        if (header.IsMalformed)
        {
            throw new UsageException($"{Quoted.Clip(_path)} line {header.Line}: the header row is malformed CSV at column {header.Column}: {header.Problem}.");
        }

        var names = new string[header.Cells!.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = header.Cells[i].Trim().TrimStart('\uFEFF').Trim();
            if (names[i].Length == 0)
            {
                continue;
            }

            var name = _rename?.Invoke(names[i]) ?? names[i];
            if (_columns.TryGetValue(name, out var earlier))
            {
                throw new UsageException(string.Format(CultureInfo.InvariantCulture,
                    "{0}: the header names the column '{1}' twice (columns {2} and {3}); each column may appear once, or it is not clear which to read.",
                    Quoted.Clip(_path), Quoted.Clip(names[i]), earlier + 1, i + 1));
            }

            _columns.Add(name, i);
        }

        return names;
    }

    private Rejection? UnreadableCell(CsvRecord record, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];

            // A vectorised search for the characters below; only a cell holding one is looked at character by character.
            if (cell.AsSpan().IndexOfAny(Unreadable) < 0)
            {
                continue;
            }

            for (var k = 0; k < cell.Length; k++)
            {
                var c = cell[k];
                string? why = c == '\uFFFD'
                    ? "the cell holds U+FFFD, the mark of bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252?); save the file as UTF-8"
                    : IsControl(c)
                        ? string.Format(CultureInfo.InvariantCulture, "the cell holds the control character U+{0:X4} at position {1}; remove it", (int)c, k + 1)
                        : null;
                if (why is not null)
                {
                    return new Rejection($"{_file} line {record.Line}", FieldName(i), Quoted.Clip(cell), why + "; the row was skipped.");
                }
            }
        }

        return null;
    }

    /// <summary>A control character other than tab and line feed (which a quoted cell may hold).</summary>
    private static bool IsControl(char c) => (c < ' ' && c != '\t' && c != '\n') || (c >= '\u007F' && c <= '\u009F');

    private static SearchValues<char> UnreadableChars()
    {
        var chars = new List<char> { '\uFFFD' };
        for (var c = '\0'; c <= '\u009F'; c++)
        {
            if (IsControl(c))
            {
                chars.Add(c);
            }
        }

        return SearchValues.Create(chars.ToArray());
    }

    private string FieldName(int index) =>
        index >= 0 && index < _header.Length && _header[index].Length > 0 ? Quoted.Clip(_header[index]) : "row";

    private void Reject(Rejection rejection)
    {
        _problems.Add(rejection);
        _firstMalformed ??= rejection;
        if (++_malformed > _limits.MaxMalformedRows)
        {
            throw new UsageException(string.Format(CultureInfo.InvariantCulture,
                "{0}: more than {1:N0} rows could not be read (the first: {2}); is it a {3} CSV?", Quoted.Clip(_path), _limits.MaxMalformedRows, _firstMalformed, _kind));
        }
    }
}
