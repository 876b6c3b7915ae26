using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Ardalis.SmartEnum;
using CsvHelper;
using CsvHelper.Configuration;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Cli;

/// <summary>Reads complaints (the columns of <c>data/complaints/*.csv</c>); a row that cannot be read is reported with its
/// line and the field at fault, and the rest are still read.</summary>
internal static class ComplaintsCsv
{
    public static (List<Complaint> Complaints, List<Rejection> Problems) Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such file.");
        }

        var complaints = new List<Complaint>();
        var problems = new List<Rejection>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => problems.Add(new Rejection($"{Path.GetFileName(path)} line {args.Context.Parser!.RawRow}", "row", args.RawRecord.Trim(),
                "malformed CSV (an unbalanced quote?); the row was skipped.")),
            MissingFieldFound = null,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new UsageException($"{path}: the file is empty; a complaints CSV starts with a header row.");
        }

        var header = new List<string>(csv.HeaderRecord!);
        foreach (var column in new[] { "reference", "stream", "stage", "received" })
        {
            if (!header.Contains(column))
            {
                throw new UsageException($"{path}: the header has no '{column}' column; expected reference,stream,stage,received,closed,outcome,exceeded_timescale.");
            }
        }

        while (true)
        {
            var before = problems.Count;
            if (!csv.Read())
            {
                break;
            }

            string Cell(string column) => header.Contains(column) ? (csv.GetField(column) ?? string.Empty).Trim() : string.Empty;
            var reference = Cell("reference");
            var where = $"{(reference.Length == 0 ? "(no reference)" : reference)} (line {csv.Parser.RawRow})";
            if (problems.Count != before)
            {
                continue;
            }

            if (reference.Length == 0)
            {
                problems.Add(new Rejection(where, "reference", null, "every complaint needs its reference."));
                continue;
            }

            if (!TryName(Cell("stream"), out ComplaintStream? stream))
            {
                problems.Add(new Rejection(where, "stream", Cell("stream"), $"not a stream; the streams are {string.Join(", ", ComplaintStream.List)}."));
                continue;
            }

            if (!TryName(Cell("stage"), out ComplaintStage? stage))
            {
                problems.Add(new Rejection(where, "stage", Cell("stage"), $"not a stage; the stages are {string.Join(", ", ComplaintStage.List)}."));
                continue;
            }

            if (!TryDate(Cell("received"), out var received))
            {
                problems.Add(new Rejection(where, "received", Cell("received"), "not a date; write dates as YYYY-MM-DD."));
                continue;
            }

            DateTime? closed = null;
            if (Cell("closed").Length > 0)
            {
                if (!TryDate(Cell("closed"), out var date))
                {
                    problems.Add(new Rejection(where, "closed", Cell("closed"), "not a date; write dates as YYYY-MM-DD, or leave it blank while open."));
                    continue;
                }

                closed = date;
            }

            ComplaintOutcome? outcome = null;
            if (Cell("outcome").Length > 0 && !TryName(Cell("outcome"), out outcome))
            {
                problems.Add(new Rejection(where, "outcome", Cell("outcome"), $"not an outcome; the outcomes are {string.Join(", ", ComplaintOutcome.List)}."));
                continue;
            }

            var exceeded = Cell("exceeded_timescale");
            if (exceeded.Length > 0 && exceeded != "yes" && exceeded != "no")
            {
                problems.Add(new Rejection(where, "exceeded_timescale", exceeded, "write yes or no."));
                continue;
            }

            complaints.Add(Complaint.Create(reference, stream!, stage!, received, closed, outcome, exceeded == "yes"));
        }

        return (complaints, problems);
    }

    private static bool TryName<T>(string text, out T? value)
        where T : SmartEnum<T> =>
        SmartEnum<T>.TryFromName(text, ignoreCase: true, out value);

    private static bool TryDate(string text, out DateTime date) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
