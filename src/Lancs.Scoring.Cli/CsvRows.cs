using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;
using CsvHelper.Configuration;

namespace Lancs.Scoring.Cli;

/// <summary>The rows of a CSV file with a header, read with CsvHelper: a malformed row is reported (file, line, column)
/// and skipped, the rest are still read, and progress is reported on large files.</summary>
internal sealed class CsvRows : IDisposable
{
    private readonly StreamReader _reader;
    private readonly CsvReader _csv;
    private readonly List<Rejection> _problems;
    private readonly List<string> _header;
    private readonly string _file;

    private CsvRows(string path, List<Rejection> problems)
    {
        _problems = problems;
        var file = _file = Path.GetFileName(path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => problems.Add(new Rejection($"{file} line {args.Context.Parser!.RawRow}", "row", args.RawRecord.Trim(),
                $"malformed CSV at column {Math.Max(args.RawRecord.IndexOf(args.Field, StringComparison.Ordinal), 0) + 1} (an unbalanced quote?); the row was skipped.")),
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        _reader = new StreamReader(path);
        _csv = new CsvReader(_reader, config);
        _header = _csv.Read() && _csv.ReadHeader() ? new List<string>(_csv.HeaderRecord!) : new List<string>();
    }

    /// <summary>Opens <paramref name="path"/> and checks that its header has the <paramref name="required"/> columns.</summary>
    /// <exception cref="UsageException">The file is missing, empty, or lacks a required column.</exception>
    public static CsvRows Open(string path, string kind, IReadOnlyList<string> required, string expectedHeader, List<Rejection> problems)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such file.");
        }

        var rows = new CsvRows(path, problems);
        if (rows._header.Count == 0)
        {
            rows.Dispose();
            throw new UsageException($"{path}: the file is empty; a {kind} CSV starts with a header row.");
        }

        foreach (var column in required)
        {
            if (!rows._header.Contains(column))
            {
                rows.Dispose();
                throw new UsageException($"{path}: the header has no '{column}' column; expected {expectedHeader}.");
            }
        }

        return rows;
    }

    /// <summary>Returns each well-formed row: its line, and its cells by column name (empty for a column the file lacks).
    /// On a large file it writes "FILE: N rows read" to <paramref name="progress"/> every <paramref name="every"/> rows,
    /// and the total at the end.</summary>
    public IEnumerable<(int Line, Func<string, string> Cell)> Read(TextWriter progress, int every = 100_000)
    {
        var count = 0;
        while (true)
        {
            // CsvHelper reports bad data while it reads the fields, so a row is kept only if reading it reported nothing.
            var before = _problems.Count;
            if (!_csv.Read())
            {
                if (count >= every)
                {
                    progress.WriteLine($"{_file}: {count:N0} rows read, done.");
                }

                yield break;
            }

            if (++count % every == 0)
            {
                progress.WriteLine($"{_file}: {count:N0} rows read");
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in _header)
            {
                cells[column] = _csv.GetField(column) ?? string.Empty;
            }

            if (_problems.Count == before)
            {
                yield return (_csv.Parser.RawRow, column => cells.TryGetValue(column, out var value) ? value : string.Empty);
            }
        }
    }

    public void Dispose()
    {
        _csv.Dispose();
        _reader.Dispose();
    }
}
