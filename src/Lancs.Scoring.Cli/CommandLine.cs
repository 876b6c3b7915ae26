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
          kpi OBSERVATIONS.csv
              each observation's band (or why it has none), movement, direction, target and comparators,
              against the indicator catalogue from the papers
          complaints COMPLAINTS.csv
              each stream's figures per financial year, with the denominators the annual report uses

        Exit codes: 0 scored with nothing to report, 1 findings or rejected rows reported, 2 failure.
        """;

    public static ExitCode Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        try
        {
            var arguments = Arguments.Parse(args);
            switch (arguments.Command)
            {
                case "rescore":
                    arguments.OnlyOptions("--previous", "--policy", "--format", "--quarter");
                    return Rescore(arguments, output, error);
                case "explain":
                    arguments.OnlyOptions("--previous", "--policy", "--quarter");
                    return Explain(arguments, output, error);
                case "diff":
                    arguments.OnlyOptions("--previous", "--policy", "--quarter");
                    return Diff(arguments, output, error);
                case "kpi":
                    arguments.OnlyOptions();
                    return Kpi(arguments, output, error);
                case "complaints":
                    arguments.OnlyOptions();
                    return Complaints(arguments, output, error);
                case "help":
                case "--help":
                case "-h":
                    output.WriteLine(Usage);
                    return ExitCode.Success;
                default:
                    throw new UsageException($"unknown command '{arguments.Command}'.");
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

    private static ExitCode Rescore(Arguments arguments, TextWriter output, TextWriter error)
    {
        var result = Score(arguments, RegisterCsv.Policy(arguments.Option("--policy")), error, out var problems);
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
                throw new UsageException($"--format '{format}' is not table, csv or json.");
        }

        WriteProblems(problems, result, error, format);
        return Outcome(result, problems);
    }

    private static ExitCode Explain(Arguments arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Positional.Count != 2)
        {
            throw new UsageException("explain takes a register file and an entry id, as in: explain data/registers/2017-18-Q2.csv CR1");
        }

        var result = Score(arguments, RegisterCsv.Policy(arguments.Option("--policy")), error, out var problems);
        var id = EntryId.TryParse(arguments.Positional[1], out var parsed, out var idError) ? parsed : throw new UsageException(idError!);
        var entries = result.Entries.Where(e => e.Entry.Id == id).ToList();
        if (entries.Count == 0)
        {
            var rejected = result.Rejections.FirstOrDefault(r => r.Entry.StartsWith(id.Raw, StringComparison.OrdinalIgnoreCase));
            throw new UsageException(rejected is null ? $"{id} is not in the register." : $"{id} was rejected: {rejected}");
        }

        foreach (var entry in entries)
        {
            TableReport.WriteExplanation(entry, output);
        }

        return entries.Any(e => e.Findings.Count > 0) ? ExitCode.Findings : ExitCode.Success;
    }

    private static ExitCode Diff(Arguments arguments, TextWriter output, TextWriter error)
    {
        var policies = arguments.Options("--policy");
        if (policies.Count != 2)
        {
            throw new UsageException("diff needs two policies: --policy OLD.json --policy NEW.json");
        }

        var before = Score(arguments, RegisterCsv.Policy(policies[0]), error, out var problems);
        var after = Score(arguments, RegisterCsv.Policy(policies[1]), TextWriter.Null, out _);
        var changed = DiffReport.Write(before, after, output);
        WriteProblems(problems, before, error, "table");
        return changed || problems.Count > 0 || before.Rejections.Count > 0 ? ExitCode.Findings : ExitCode.Success;
    }

    private static ExitCode Kpi(Arguments arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("kpi takes one observations file, as in: kpi data/kpi/observations.csv");
        }

        var (observations, problems) = KpiCsv.Read(arguments.Positional[0], error);
        var report = new Lancs.Scoring.Kpi.KpiScorer(Lancs.Scoring.Kpi.KpiCatalogue.Papers).Score(observations);
        KpiReport.Write(report, problems, output);
        return problems.Count > 0 || report.Rejections.Count > 0 ? ExitCode.Findings : ExitCode.Success;
    }

    private static ExitCode Complaints(Arguments arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("complaints takes one complaints file, as in: complaints data/complaints/2016-17-from-report-counts.csv");
        }

        var (complaints, problems) = ComplaintsCsv.Read(arguments.Positional[0], error);
        var result = new Lancs.Scoring.Complaints.ComplaintClassifier().Classify(complaints);
        ComplaintsReportWriter.Write(result, problems, output);
        return problems.Count > 0 || result.Rejections.Count > 0 ? ExitCode.Findings : ExitCode.Success;
    }

    private static RegisterResult Score(Arguments arguments, ScoringPolicy policy, TextWriter error, out List<Rejection> problems)
    {
        if (arguments.Positional.Count == 0)
        {
            throw new UsageException($"{arguments.Command} needs a register file, as in: {arguments.Command} data/registers/2017-18-Q2.csv");
        }

        var path = arguments.Positional[0];
        var quarter = RegisterCsv.QuarterOf(path, arguments.Option("--quarter"));
        var (rows, csvProblems) = RegisterCsv.Read(path, error);
        problems = csvProblems;
        var previousPath = arguments.Option("--previous");
        if (previousPath is null)
        {
            return new RegisterScorer(policy).Rescore(quarter, rows);
        }

        var (previousRows, previousProblems) = RegisterCsv.Read(previousPath, error);
        problems.AddRange(previousProblems);
        return new RegisterScorer(policy).Rescore(quarter, rows, RegisterCsv.QuarterOf(previousPath, null), previousRows);
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
