using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>Dispatches the command line to a command and turns every expected failure into a message and exit code 2.</summary>
internal static class CommandLine
{
    public const string Usage = """
        lancs-scoring: re-score Lancashire County Council's corporate risk and opportunity register.

          rescore REGISTER.csv [--previous PREVIOUS.csv] [--policy POLICY.json] [--format table|csv|json] [--quarter "2017/18 Q2"]
              the corporate register, changes since the previous quarter, directions of travel, findings and heat maps
          explain REGISTER.csv ID [--previous PREVIOUS.csv] [--policy POLICY.json]
              why an entry is or is not on the corporate register, rule by rule
          diff REGISTER.csv --policy OLD.json --policy NEW.json [--previous PREVIOUS.csv]
              what a policy change does to a real register: entries that enter or leave, register changes and
              directions of travel that differ, findings that appear or disappear
          kpi OBSERVATIONS.csv [--indicators INDICATORS.csv]
              each observation's band (or why it has none), movement, direction (against the previous period and
              the same period a year earlier), target and comparators, against the indicator catalogue from the
              papers and any RAG or data-only indicators of your own
          complaints COMPLAINTS.csv [--holidays HOLIDAYS.csv] [--as-at YYYY-MM-DD]
              each stream's figures per financial year, with the denominators the annual report uses, and the
              deadlines missed by complaints given with dates (working days: England and Wales bank holidays,
              plus your own closure days)

        Exit codes: 0 scored with nothing to report, 1 findings or rejected rows reported, 2 failure.
        """;

    public static ExitCode Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) => Run(args, output, error, InputLimits.Default);

    /// <summary>Runs the command line, reading input files within <paramref name="limits"/>.</summary>
    public static ExitCode Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, InputLimits limits)
    {
        try
        {
            var arguments = Arguments.Parse(args);
            switch (arguments.Command)
            {
                case "rescore":
                    arguments.OnlyOptions("--previous", "--policy", "--format", "--quarter");
                    return Rescore(arguments, output, error, limits);
                case "explain":
                    arguments.OnlyOptions("--previous", "--policy", "--quarter");
                    return Explain(arguments, output, error, limits);
                case "diff":
                    arguments.OnlyOptions("--previous", "--policy", "--quarter");
                    return Diff(arguments, output, error, limits);
                case "kpi":
                    arguments.OnlyOptions("--indicators");
                    return Kpi(arguments, output, error, limits);
                case "complaints":
                    arguments.OnlyOptions("--holidays", "--as-at");
                    return Complaints(arguments, output, error, limits);
                case "help":
                case "--help":
                case "-h":
                    output.WriteLine(Usage);
                    return ExitCode.Success;
                default:
                    throw new UsageException($"unknown command '{Quoted.Clip(arguments.Command)}'.");
            }
        }
        catch (UsageException ex)
        {
            error.WriteLine("lancs-scoring: " + ex.Message);
            error.WriteLine("Run 'lancs-scoring help' for the commands.");
            return ExitCode.Failure;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            error.WriteLine("lancs-scoring: " + ex.Message);
            return ExitCode.Failure;
        }
    }

    private static ExitCode Rescore(Arguments arguments, TextWriter output, TextWriter error, InputLimits limits)
    {
        OnlyOneFile(arguments, "a register file", "data/registers/2017-18-Q2.csv --previous data/registers/2016-17-Q1.csv");
        var result = Score(arguments, RegisterCsv.Policy(arguments.Option("--policy"), limits), error, limits, out var problems);
        var format = arguments.Option("--format") ?? "table";
        switch (format)
        {
            case "table":
                TableReport.Write(result, problems, output);
                break;
            case "csv":
                CsvReport.Write(result, output);
                break;
            case "json":
                JsonReport.Write(result, problems, output);
                break;
            default:
                throw new UsageException($"--format '{Quoted.Clip(format)}' is not table, csv or json.");
        }

        WriteProblems(problems, result, error, format);
        return Outcome(result, problems);
    }

    private static ExitCode Explain(Arguments arguments, TextWriter output, TextWriter error, InputLimits limits)
    {
        if (arguments.Positional.Count != 2)
        {
            throw new UsageException("explain takes a register file and an entry id, as in: explain data/registers/2017-18-Q2.csv CR1");
        }

        var id = EntryId.TryParse(arguments.Positional[1], out var parsed, out var idError) ? parsed : throw new UsageException(idError!);
        var result = Score(arguments, RegisterCsv.Policy(arguments.Option("--policy"), limits), error, limits, out _);
        var entries = result.Entries.Where(e => e.Entry.Id == id).ToList();
        if (entries.Count == 0)
        {
            // Only a rejected row of this very id answers, not one whose id merely starts the same (CR12 for CR1).
            var rejected = result.Rejections.Where(r => RejectedId(r) == id).Select(r => r.ToString()).ToList();
            throw new UsageException(rejected.Count == 0 ? $"{id} is not in the register." : $"{id} was rejected: {string.Join("; ", rejected)}");
        }

        foreach (var entry in entries)
        {
            TableReport.WriteExplanation(entry, output);
        }

        return entries.Any(e => e.Findings.Count > 0) ? ExitCode.Findings : ExitCode.Success;
    }

    private static ExitCode Diff(Arguments arguments, TextWriter output, TextWriter error, InputLimits limits)
    {
        OnlyOneFile(arguments, "a register file", "data/registers/2018-19-Q1.csv --policy OLD.json --policy NEW.json");
        var policies = arguments.Options("--policy");
        if (policies.Count != 2)
        {
            throw new UsageException("diff needs two policies: --policy OLD.json --policy NEW.json");
        }

        var before = Score(arguments, RegisterCsv.Policy(policies[0], limits), error, limits, out var problems);
        var after = Score(arguments, RegisterCsv.Policy(policies[1], limits), TextWriter.Null, limits, out _);
        var changed = DiffReport.Write(before, after, output);
        WriteProblems(problems, before, error, "table");
        return changed || problems.Count > 0 || before.Rejections.Count > 0 ? ExitCode.Findings : ExitCode.Success;
    }

    private static ExitCode Kpi(Arguments arguments, TextWriter output, TextWriter error, InputLimits limits)
    {
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("kpi takes one observations file, as in: kpi data/kpi/observations.csv");
        }

        var (observations, problems) = KpiCsv.Read(arguments.Positional[0], error, limits);
        var catalogue = Lancs.Scoring.Kpi.KpiCatalogue.Papers;
        if (arguments.Option("--indicators") is { } indicators)
        {
            catalogue = catalogue.With(IndicatorsCsv.Read(indicators, error, problems, limits));
        }

        var report = new Lancs.Scoring.Kpi.KpiScorer(catalogue).Score(observations);
        KpiReport.Write(report, problems, output);
        return problems.Count > 0 || report.Rejections.Count > 0 ? ExitCode.Findings : ExitCode.Success;
    }

    private static ExitCode Complaints(Arguments arguments, TextWriter output, TextWriter error, InputLimits limits)
    {
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("complaints takes one complaints file, as in: complaints data/complaints/2016-17-from-report-counts.csv");
        }

        var (complaints, problems) = ComplaintsCsv.Read(arguments.Positional[0], error, limits);
        var timescales = Lancs.Scoring.Complaints.ComplaintTimescales.Default;
        if (arguments.Option("--holidays") is { } holidays)
        {
            timescales = timescales.WithCalendar(timescales.Calendar.WithHolidays(HolidaysCsv.Read(holidays, error, problems, limits)));
        }

        if (arguments.Option("--as-at") is { } asAt)
        {
            timescales = timescales.WithAsAt(DateTime.TryParseExact(asAt, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
                ? date
                : throw new UsageException($"--as-at '{Quoted.Clip(asAt)}' is not a date; write it as YYYY-MM-DD."));
        }

        var result = new Lancs.Scoring.Complaints.ComplaintClassifier(timescales: timescales).Classify(complaints);
        ComplaintsReportWriter.Write(result, problems, output, timescales);
        return problems.Count > 0 || result.Rejections.Count > 0 || result.Findings.Count > 0 ? ExitCode.Findings : ExitCode.Success;
    }

    private static RegisterResult Score(Arguments arguments, ScoringPolicy policy, TextWriter error, InputLimits limits, out List<Rejection> problems)
    {
        if (arguments.Positional.Count == 0)
        {
            throw new UsageException($"{arguments.Command} needs a register file, as in: {arguments.Command} data/registers/2017-18-Q2.csv");
        }

        var path = arguments.Positional[0];
        var quarter = RegisterCsv.QuarterOf(path, arguments.Option("--quarter"));
        var (rows, csvProblems) = RegisterCsv.Read(path, error, limits);
        problems = csvProblems;
        var previousPath = arguments.Option("--previous");
        if (previousPath is null)
        {
            return new RegisterScorer(policy).Rescore(quarter, rows);
        }

        var (previousRows, previousProblems) = RegisterCsv.Read(previousPath, error, limits);
        problems.AddRange(previousProblems);
        try
        {
            return new RegisterScorer(policy).Rescore(quarter, rows, RegisterCsv.QuarterOf(previousPath, null), previousRows);
        }
        catch (PreviousRegisterException ex)
        {
            // The same register twice, or the two swapped: every direction would come out backwards.
            throw new UsageException($"--previous {Quoted.Clip(previousPath)}: {ex.Message}");
        }
    }

    /// <summary>Refuses a second file where the command reads one: it would otherwise be ignored without a word.</summary>
    private static void OnlyOneFile(Arguments arguments, string what, string example)
    {
        if (arguments.Positional.Count > 1)
        {
            throw new UsageException($"{arguments.Command} takes {what}; '{Quoted.Clip(arguments.Positional[1])}' is one too many (a previous quarter's register goes after --previous), as in: {arguments.Command} {example}");
        }
    }

    /// <summary>Returns the id of the current register's row a rejection names ("CR12 (line 14)"), or <see langword="null"/>.</summary>
    private static EntryId? RejectedId(Rejection rejection)
    {
        var end = rejection.Entry.LastIndexOf(" (line ", StringComparison.Ordinal);
        return end > 0 && EntryId.TryParse(rejection.Entry.Substring(0, end), out var id, out _) ? id : null;
    }

    private static void WriteProblems(List<Rejection> problems, RegisterResult result, TextWriter error, string format)
    {
        if (format == "table")
        {
            return;
        }

        foreach (var problem in problems.Concat(result.Rejections))
        {
            error.WriteLine("rejected: " + problem);
        }
    }

    private static ExitCode Outcome(RegisterResult result, List<Rejection> problems) =>
        result.Findings.Count > 0 || result.Rejections.Count > 0 || problems.Count > 0 ? ExitCode.Findings : ExitCode.Success;
}
