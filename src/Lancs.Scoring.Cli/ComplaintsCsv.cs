using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Ardalis.SmartEnum;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Cli;

/// <summary>Reads complaints (the columns of <c>data/complaints/*.csv</c>); a row that cannot be read is reported with its
/// line and the field at fault, and the rest are still read.</summary>
internal static class ComplaintsCsv
{
    public static (List<Complaint> Complaints, List<Rejection> Problems) Read(string path, TextWriter progress, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        return Read(InputFile.Open(path, limits), path, progress, limits);
    }

    /// <summary>Reads the complaints CSV in <paramref name="input"/>, named <paramref name="path"/> in messages.</summary>
    public static (List<Complaint> Complaints, List<Rejection> Problems) Read(Stream input, string path, TextWriter progress, InputLimits? limits = null)
    {
        var complaints = new List<Complaint>();
        var problems = new List<Rejection>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        using var csv = CsvRows.From(input, path, "complaints", new[] { "reference", "stream", "stage", "received" },
            "reference,stream,stage,received,closed,outcome,exceeded_timescale," + ComplaintTimelineCsv.Columns, problems, limits);
        foreach (var (line, cell) in csv.Read(progress))
        {
            string Cell(string column) => cell(column).Trim();
            var reference = Cell("reference");
            var where = $"{(reference.Length == 0 ? "(no reference)" : Quoted.Clip(reference))} (line {line})";
            if (reference.Length == 0)
            {
                problems.Add(new Rejection(where, "reference", null, "every complaint needs its reference."));
                continue;
            }

            if (firstLine.TryGetValue(reference, out var earlier))
            {
                problems.Add(new Rejection(where, "reference", reference,
                    $"line {earlier} has the same reference; each complaint is counted once, so give each its own reference."));
                continue;
            }

            firstLine.Add(reference, line);

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

            if (ComplaintTimelineCsv.Dated(Complaint.Create(reference, stream!, stage!, received, closed, outcome, exceeded == "yes"), cell, where, problems) is { } complaint)
            {
                complaints.Add(complaint);
            }
        }

        return (complaints, problems);
    }

    private static bool TryName<T>(string text, out T? value)
        where T : SmartEnum<T> =>
        SmartEnum<T>.TryFromName(text, ignoreCase: true, out value);

    private static bool TryDate(string text, out DateTime date) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
