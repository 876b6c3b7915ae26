using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Lancs.Scoring.Cli;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>One of the command's readers, run on a file's bytes: what it concluded about each row, by the row's first line,
/// and the library run over what it read (register, KPI or complaints), which must not throw either.</summary>
public sealed class FuzzedReader
{
    private static readonly Regex LineInEntry = new(@"line (\d+)\)?$", RegexOptions.CultureInvariant);
    private static readonly RegisterScorer Scorer = new();
    private static readonly KpiScorer Kpi = new(KpiCatalogue.Papers);
    private static readonly ComplaintClassifier Classifier = new();
    private static readonly Quarter Quarter = Quarter.Parse("2017/18 Q2");

    private readonly Func<byte[], (Dictionary<int, string> Outcomes, Action Score)> _read;

    private FuzzedReader(string name, string[] required, string keyColumn, Func<byte[], (Dictionary<int, string>, Action)> read)
    {
        Name = name;
        Required = required;
        KeyColumn = keyColumn;
        _read = read;
    }

    public string Name { get; }

    /// <summary>Gets the columns the reader refuses a file without.</summary>
    public string[] Required { get; }

    /// <summary>Gets the column whose values must be unique, or an empty string.</summary>
    public string KeyColumn { get; }

    public static FuzzedReader Register { get; } = new("register", new[] { "id", "description", "inherent", "residual" }, string.Empty, bytes =>
    {
        var (rows, problems) = RegisterCsv.Read(new MemoryStream(bytes), "register.csv", TextWriter.Null);
        var outcomes = Problems(problems);
        foreach (var row in rows)
        {
            var cells = string.Join("|", row.Id, row.Kind, row.Description, row.RiskType, row.Owner, row.Inherent, row.Residual, row.DirectionOfTravel, row.Source);
            var valid = RegisterEntry.TryFromRow(row, Quarter, 0, out _, out var rejection) ? "scored" : $"rejected {rejection!.Field}: {rejection.Reason}";
            Add(outcomes, row.Line, $"read [{cells}] {valid}");
        }

        return (outcomes, () => Scorer.Rescore(Quarter, rows));
    });

    public static FuzzedReader KpiObservations { get; } = new("KPI", new[] { "code", "end", "value" }, string.Empty, bytes =>
    {
        var (observations, problems) = KpiCsv.Read(new MemoryStream(bytes), "observations.csv", TextWriter.Null);
        var outcomes = Problems(problems);

        // Observations do not carry their line; they come in file order, one per row read and not rejected.
        var free = ReadLines(bytes).Except(outcomes.Keys).ToList();
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            Add(outcomes, i < free.Count ? free[i] : -1, string.Format(CultureInfo.InvariantCulture, "read {0} @ {1}-{2:00} '{3}' {4} [{5}] {6}",
                o.IndicatorCode, o.Period.EndYear, o.Period.EndMonth, o.Period.Label, o.Value?.ToString(CultureInfo.InvariantCulture) ?? o.ValueText ?? "-",
                string.Join(",", o.Comparators.OrderBy(c => c.Key.Value).Select(c => c.Key.Name + "=" + c.Value.ToString(CultureInfo.InvariantCulture))), o.Target));
        }

        return (outcomes, () => Kpi.Score(observations));
    });

    public static FuzzedReader Complaints { get; } = new("complaints", new[] { "reference", "stream", "stage", "received" }, "reference", bytes =>
    {
        var (complaints, problems) = ComplaintsCsv.Read(new MemoryStream(bytes), "complaints.csv", TextWriter.Null);
        var outcomes = Problems(problems);
        var free = ReadLines(bytes).Except(outcomes.Keys).ToList();
        for (var i = 0; i < complaints.Count; i++)
        {
            var c = complaints[i];
            Add(outcomes, i < free.Count ? free[i] : -1, FormattableString.Invariant(
                $"read {c.Reference} {c.Stream.Name} {c.Stage.Name} {c.Received:yyyy-MM-dd} {c.Closed:yyyy-MM-dd} {c.Outcome?.Name} {c.ExceededTimescale}"));
        }

        return (outcomes, () => Classifier.Classify(complaints));
    });

    public static IEnumerable<FuzzedReader> All => new[] { Register, KpiObservations, Complaints };

    /// <summary>Reads <paramref name="bytes"/>: each row's outcome by its first line, and the library run over what was read.</summary>
    /// <exception cref="UsageException">The reader refused the whole file.</exception>
    public (Dictionary<int, string> Outcomes, Action Score) Read(byte[] bytes) => _read(bytes);

    public override string ToString() => Name;

    private static Dictionary<int, string> Problems(IEnumerable<Rejection> problems)
    {
        var outcomes = new Dictionary<int, string>();
        foreach (var problem in problems)
        {
            var match = LineInEntry.Match(problem.Entry);
            Add(outcomes, match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1, $"rejected {problem.Field}: {problem.Reason}");
        }

        return outcomes;
    }

    /// <summary>Returns the first line of every row the strict reference reads whole, in order: where the reader's rows come from.</summary>
    private static IEnumerable<int> ReadLines(byte[] bytes) =>
        StrictCsv.Read(StrictCsv.Decode(bytes)).Rows.Where(r => r.Accepted).Select(r => r.Line);

    private static void Add(Dictionary<int, string> outcomes, int line, string outcome)
    {
        // Two outcomes for one line would mean a row counted twice; keep both so that the properties see it.
        outcomes[line] = outcomes.TryGetValue(line, out var earlier) ? earlier + " AND " + outcome : outcome;
    }
}
