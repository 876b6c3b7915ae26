using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>Reads a register CSV (the columns of <c>data/registers/*.csv</c>) into rows; a malformed row is reported with its
/// line and column and the rest are still read.</summary>
internal static class RegisterCsv
{
    private static readonly IReadOnlyList<string> Required = RegisterColumns.Required;
    private static readonly Regex QuarterInName = new(@"(\d{4})-(\d{2})-Q([1-4])", RegexOptions.CultureInvariant);

    public static (List<RegisterRow> Rows, List<Rejection> Problems) Read(string path, TextWriter progress, InputLimits? limits = null, RegisterColumns? columns = null)
    {
        limits ??= InputLimits.Default;
        return Read(InputFile.Open(path, limits), path, progress, limits, columns);
    }

    /// <summary>Reads the register CSV in <paramref name="input"/>, named <paramref name="path"/> in messages.</summary>
    public static (List<RegisterRow> Rows, List<Rejection> Problems) Read(Stream input, string path, TextWriter progress, InputLimits? limits = null, RegisterColumns? columns = null)
    {
        var problems = new List<Rejection>();
        using var rows = Open(input, path, progress, problems, limits, columns);
        return (new List<RegisterRow>(rows), problems);
    }

    /// <summary>Opens the register CSV at <paramref name="path"/> and checks its header; its rows are read as they are enumerated,
    /// and the rows that cannot be read go to <paramref name="problems"/> as they are met.</summary>
    public static RegisterCsvRows Open(string path, TextWriter progress, List<Rejection> problems, InputLimits limits, RegisterColumns? columns = null) =>
        Open(InputFile.Open(path, limits), path, progress, problems, limits, columns);

    private static RegisterCsvRows Open(Stream input, string path, TextWriter progress, List<Rejection> problems, InputLimits? limits, RegisterColumns? columns)
    {
        columns ??= RegisterColumns.Default;
        var csv = CsvRows.From(input, path, "register", Required, "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source (or a council register's headings, or --columns)", problems, limits, columns.NameOf);
        return new RegisterCsvRows(csv, progress);
    }

    /// <summary>Returns the quarter a file name states ("2017-18-Q2.csv"), or the one given with --quarter.</summary>
    public static Quarter QuarterOf(string path, string? given, string option = "--quarter")
    {
        InputFile.Check(path);
        if (given is not null)
        {
            return Quarter.TryParse(given, out var quarter) ? quarter : throw new UsageException($"{option} '{Quoted.Clip(given)}' is not a quarter such as 2017/18 Q2.");
        }

        var match = QuarterInName.Match(Path.GetFileName(path));
        if (match.Success && Quarter.TryParse($"{match.Groups[1].Value}/{match.Groups[2].Value} Q{match.Groups[3].Value}", out var named))
        {
            return named;
        }

        throw new UsageException($"{Quoted.Clip(path)}: the file name does not say its quarter (as in 2017-18-Q2.csv); give it with {option} \"2017/18 Q2\".");
    }

    /// <summary>Reads a policy file (UTF-8, at most <see cref="InputLimits.MaxPolicyBytes"/>), or returns the published policy.</summary>
    public static ScoringPolicy Policy(string? path, InputLimits? limits = null)
    {
        if (path is null)
        {
            return ScoringPolicy.Default;
        }

        limits ??= InputLimits.Default;
        string json;
        using (var reader = new StreamReader(InputFile.Open(path, limits, "policy file", limits.MaxPolicyBytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
        {
            json = reader.ReadToEnd();
        }

        if (json.IndexOf('\uFFFD') >= 0)
        {
            throw new UsageException($"{Quoted.Clip(path)}: the policy file is not UTF-8 text (it holds bytes that are not UTF-8, read as U+FFFD); save it as UTF-8.");
        }

        try
        {
            return ScoringPolicy.FromJson(json);
        }
        catch (PolicyException ex)
        {
            throw new UsageException($"{Quoted.Clip(path)}: {ex.Message}");
        }
    }
}
