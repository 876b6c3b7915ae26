using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Lancs.Scoring.Tests.Support;

/// <summary>A small RFC 4180 reader for the repository's data files: quoted fields, doubled quotes, embedded commas and line breaks.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public static CsvTable Load(params string[] relativePath)
        => Parse(File.ReadAllText(Path.Combine(new[] { AppContext.BaseDirectory }.Concat(relativePath).ToArray()), Encoding.UTF8));

    public static CsvTable Parse(string text)
    {
        List<List<string>> records = ReadRecords(text);
        if (records.Count == 0)
        {
            throw new FormatException("The CSV text has no header line.");
        }

        List<string> header = records[0];
        for (int i = 1; i < records.Count; i++)
        {
            if (records[i].Count != header.Count)
            {
                throw new FormatException($"Record {i} has {records[i].Count} fields; the header has {header.Count}.");
            }
        }

        return new CsvTable(header, records.Skip(1).Select(r => (IReadOnlyList<string>)r).ToList());
    }

    public string Get(IReadOnlyList<string> row, string column)
        => _columns.TryGetValue(column, out int index) ? row[index] : throw new KeyNotFoundException($"No column '{column}'.");

    private static List<List<string>> ReadRecords(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        bool any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n':
                case '\r':
                    record.Add(field.ToString());
                    records.Add(record);
                    record = new List<string>();
                    field.Clear();
                    any = false;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new FormatException("The CSV text ends inside a quoted field.");
        }

        if (any || field.Length > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
