using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>Reads a register CSV (the columns of <c>data/registers/*.csv</c>) into rows; a malformed row is reported with its
/// line and column and the rest are still read.</summary>
internal static class RegisterCsv
{
    private static readonly string[] Required = { "id", "description", "inherent", "residual" };
    private static readonly Regex QuarterInName = new(@"(\d{4})-(\d{2})-Q([1-4])", RegexOptions.CultureInvariant);

    public static (List<RegisterRow> Rows, List<Rejection> Problems) Read(string path, TextWriter progress)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such file.");
        }

        var rows = new List<RegisterRow>();
        var problems = new List<Rejection>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => problems.Add(new Rejection(
                $"{Path.GetFileName(path)} line {args.Context.Parser!.RawRow}", "row", args.RawRecord.Trim(),
                $"malformed CSV at column {Math.Max(args.RawRecord.IndexOf(args.Field, StringComparison.Ordinal), 0) + 1} (an unbalanced quote?); the row was skipped.")),
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new UsageException($"{path}: the file is empty; a register CSV starts with a header row.");
        }

        var header = new List<string>(csv.HeaderRecord!);
        foreach (var column in Required)
        {
            if (!header.Contains(column))
            {
                throw new UsageException($"{path}: the header has no '{column}' column; expected id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source.");
            }
        }

        while (true)
        {
            // CsvHelper reports bad data while it reads the fields, so a row is kept only if reading it reported nothing.
            var before = problems.Count;
            if (!csv.Read())
            {
                break;
            }

            string? Cell(string column) => header.Contains(column) ? csv.GetField(column) : null;
            var row = new RegisterRow(csv.Parser.RawRow, Cell("id"), Cell("kind"), Cell("description"), Cell("risk_type"), Cell("owner"),
                Cell("inherent"), Cell("residual"), Cell("direction_of_travel"), Cell("source"));
            if (problems.Count != before)
            {
                continue;
            }

            rows.Add(row);
            if (rows.Count % 100_000 == 0)
            {
                progress.WriteLine($"{Path.GetFileName(path)}: {rows.Count:N0} rows read");
            }
        }

        return (rows, problems);
    }

    /// <summary>Returns the quarter a file name states ("2017-18-Q2.csv"), or the one given with --quarter.</summary>
    public static Quarter QuarterOf(string path, string? given)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such file.");
        }

        if (given is not null)
        {
            return Quarter.TryParse(given, out var quarter) ? quarter : throw new UsageException($"--quarter '{given}' is not a quarter such as 2017/18 Q2.");
        }

        var match = QuarterInName.Match(Path.GetFileName(path));
        if (match.Success && Quarter.TryParse($"{match.Groups[1].Value}/{match.Groups[2].Value} Q{match.Groups[3].Value}", out var named))
        {
            return named;
        }

        throw new UsageException($"{path}: the file name does not say its quarter (as in 2017-18-Q2.csv); give it with --quarter \"2017/18 Q2\".");
    }

    /// <summary>Reads a policy file, or returns the published policy.</summary>
    public static ScoringPolicy Policy(string? path)
    {
        if (path is null)
        {
            return ScoringPolicy.Default;
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such policy file.");
        }

        try
        {
            return ScoringPolicy.FromJson(File.ReadAllText(path));
        }
        catch (PolicyException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
    }
}
