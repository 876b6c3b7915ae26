using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Cli;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>
/// Fuzzing as properties: the valid CSVs of <c>data/</c>, corrupted at random (<see cref="FuzzArbitraries"/>), read by the
/// command's three readers. The laws: no exception escapes (a file refused as a whole is a <see cref="UsageException"/>
/// about its header, exit code 2); every row the strict reference (<see cref="StrictCsv"/>) sees is accepted or rejected
/// once, at its first line, and no other line is named; and a corruption confined to one row changes no other row's outcome.
/// </summary>
public sealed class ReaderFuzzProperties
{
    private static readonly (FuzzedReader Reader, SeedFile Seed)[] Seeds =
    {
        (FuzzedReader.Register, SeedFile.Load("registers", "2017-18-Q2.csv")),
        (FuzzedReader.Register, SeedFile.Load("registers", "2016-17-Q1.csv")),
        (FuzzedReader.Register, SeedFile.Load("registers", "2018-19-Q1.csv")),
        (FuzzedReader.KpiObservations, SeedFile.Load("kpi", "observations.csv")),
        (FuzzedReader.Complaints, SeedFile.Load("complaints", "2016-17-from-report-counts.csv")),
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<SeedFile, Dictionary<int, string>> Before = new();

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FuzzArbitraries) })]
    public Property RegisterReader_CorruptedFile_AccountsForEveryRowOnce(Corruption[] corruptions, byte seed) =>
        AccountsForEveryRow(Pick(FuzzedReader.Register, seed), corruptions);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FuzzArbitraries) })]
    public Property KpiReader_CorruptedFile_AccountsForEveryRowOnce(Corruption[] corruptions) =>
        AccountsForEveryRow(Pick(FuzzedReader.KpiObservations, 0), corruptions);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FuzzArbitraries) })]
    public Property ComplaintsReader_CorruptedFile_AccountsForEveryRowOnce(Corruption[] corruptions) =>
        AccountsForEveryRow(Pick(FuzzedReader.Complaints, 0), corruptions);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FuzzArbitraries) })]
    public Property RegisterReader_CorruptionInOneRow_ChangesNoOtherRow(Corruption corruption, byte seed) =>
        ChangesNoOtherRow(Pick(FuzzedReader.Register, seed), corruption);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FuzzArbitraries) })]
    public Property KpiReader_CorruptionInOneRow_ChangesNoOtherRow(Corruption corruption) =>
        ChangesNoOtherRow(Pick(FuzzedReader.KpiObservations, 0), corruption);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FuzzArbitraries) })]
    public Property ComplaintsReader_CorruptionInOneRow_ChangesNoOtherRow(Corruption corruption) =>
        ChangesNoOtherRow(Pick(FuzzedReader.Complaints, 0), corruption);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FuzzArbitraries) })]
    public Property PolicyReader_CorruptedFile_AcceptsOrNamesEveryProblem(Corruption[] corruptions)
    {
        var json = System.Text.Encoding.UTF8.GetBytes(Lancs.Scoring.Risk.ScoringPolicy.Default.ToJson());
        foreach (var corruption in corruptions)
        {
            json = corruption.ApplyAnywhere(json) ?? json;
        }

        // A policy file is read whole or refused whole: never an exception other than PolicyException, and every problem
        // starts with the field it is about (a field unknown or given twice, as found), or "(file)", and quotes at most 200
        // characters of what it found.
        try
        {
            Lancs.Scoring.Risk.ScoringPolicy.FromJson(StrictCsv.Decode(json));
            return true.Label("read").Classify(true, "read");
        }
        catch (Lancs.Scoring.Risk.PolicyException ex)
        {
            return ex.Problems.All(p => p.Length < 1000 && System.Text.RegularExpressions.Regex.IsMatch(p, @"^(\(file\)|[A-Za-z]+): |: unknown field; |: given \d+ times; "))
                .Label(Cut(string.Join(" | ", ex.Problems)));
        }
    }

    private static (FuzzedReader Reader, SeedFile Seed) Pick(FuzzedReader reader, byte seed)
    {
        var files = Seeds.Where(s => s.Reader == reader).ToArray();
        return files[seed % files.Length];
    }

    private static Property AccountsForEveryRow((FuzzedReader Reader, SeedFile Seed) target, Corruption[] corruptions)
    {
        var (reader, seed) = target;
        byte[]? bytes = seed.Bytes;
        foreach (var corruption in corruptions)
        {
            bytes = corruption.IsHeader ? corruption.Apply(seed) : corruption.ApplyAnywhere(bytes!) ?? bytes;
        }

        var (header, rows) = StrictCsv.Read(StrictCsv.Decode(bytes!));
        var refused = header is null ? "the header cannot be read"
            : reader.Required.FirstOrDefault(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } missing ? "no column " + missing
            : header.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice ? "the column " + twice.Key + " twice"
            : null;

        Dictionary<int, string> outcomes;
        Action score;
        try
        {
            (outcomes, score) = reader.Read(bytes!);
        }
        catch (UsageException ex)
        {
            return (refused is not null && ex.Message.Contains("header", StringComparison.Ordinal))
                .Label($"{seed} {string.Join("; ", corruptions.Select(c => c.ToString()))}: refused ({ex.Message}); the reference says {refused ?? "it can be read"}");
        }

        score();
        var seen = rows.Select(r => r.Line).ToList();
        var named = outcomes.Keys.OrderBy(l => l).ToList();
        var rejectedAsCsv = rows.Where(r => !r.Accepted).Select(r => r.Line).ToList();
        var ok = refused is null
            && seen.SequenceEqual(named)
            && rejectedAsCsv.All(line => outcomes[line].StartsWith("rejected", StringComparison.Ordinal))
            && outcomes.Values.All(o => !o.Contains(" AND ", StringComparison.Ordinal));
        return ok.Label(Cut($"{seed} {string.Join("; ", corruptions.Select(c => c.ToString()))}: the reference sees rows at [{string.Join(",", seen)}] " +
            $"(rejected at [{string.Join(",", rejectedAsCsv)}]); the reader named [{string.Join(",", named)}]: " +
            string.Join(" / ", outcomes.Where(o => !seen.Contains(o.Key) || o.Value.Contains(" AND ", StringComparison.Ordinal)).Select(o => $"{o.Key}: {o.Value}"))));
    }

    private static Property ChangesNoOtherRow((FuzzedReader Reader, SeedFile Seed) target, Corruption corruption)
    {
        var (reader, seed) = target;
        var corrupted = corruption.Apply(seed);
        if (corrupted is null)
        {
            return true.Label("nothing to corrupt");
        }

        var row = seed.Rows[corruption.Row % seed.Rows.Count];
        var shift = corruption.LineShift(seed, corrupted);
        // The library's run over what was read is exercised by the other law; this one is about what was read.
        var before = Before.GetOrAdd(seed, s => reader.Read(s.Bytes).Outcomes);
        var (after, _) = reader.Read(corrupted);

        // A row whose key the corruption made equal to the corrupted row's may be rejected as a duplicate: that is the
        // corrupted row's doing, and the rejection says so.
        var changed = new List<string>();
        foreach (var (line, outcome) in before)
        {
            if (line >= row.First && line <= row.Last)
            {
                continue;
            }

            var now = line < row.First ? line : line + shift;
            if (!after.TryGetValue(now, out var afterOutcome) || (afterOutcome != outcome && !IsDuplicateOf(reader, afterOutcome, row.First, row.Last + shift)))
            {
                changed.Add($"line {line} was '{outcome}', line {now} is '{afterOutcome ?? "(gone)"}'");
            }
        }

        var strays = after.Keys.Where(l => l < row.First || l > row.Last + shift)
            .Where(l => !before.ContainsKey(l < row.First ? l : l - shift)).ToList();
        return (changed.Count == 0 && strays.Count == 0)
            .Label(Cut($"{seed} {corruption} (row at lines {row.First}-{row.Last}, shift {shift}): {string.Join(" / ", changed)} strays [{string.Join(",", strays)}]"));
    }

    /// <summary>Keeps a failing case's label readable: the first 3,000 characters.</summary>
    private static string Cut(string label) => label.Length <= 3000 ? label : label.Substring(0, 3000) + "…";

    private static bool IsDuplicateOf(FuzzedReader reader, string outcome, int first, int last)
    {
        var match = System.Text.RegularExpressions.Regex.Match(outcome, @"^rejected (\S+): line (\d+) has the same ");
        return reader.KeyColumn.Length > 0 && match.Success && match.Groups[1].Value == reader.KeyColumn
            && int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) is var line && line >= first && line <= last;
    }
}
