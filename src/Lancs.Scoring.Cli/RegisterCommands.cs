using System;
using System.CommandLine;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>The register commands: <c>rescore</c>, <c>explain</c> and <c>diff</c>.</summary>
internal static class RegisterCommands
{
    private const string Example = "data/registers/2017-18-Q2.csv --previous data/registers/2016-17-Q1.csv";

    public static Command Rescore(RunContext run)
    {
        var command = new Command("rescore", "The corporate register, changes since the previous quarter, directions of travel, findings and heat maps.");
        var register = RegisterArgument();
        var inputOptions = new RegisterInput.Options();
        var policy = PolicyOption();
        var format = CommonOptions.Format(RescoreFormats.All);
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        command.Arguments.Add(register);
        inputOptions.AddTo(command);
        command.Options.Add(policy);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(failOn);
        command.SetAction(parsed =>
        {
            var chosen = parsed.GetRequiredValue(format);
            var outputPath = parsed.GetValue(output);
            var scoringPolicy = RegisterCsv.Policy(parsed.GetValue(policy), run.Limits);
            // The terminal table is written after the bars are gone, so that the two never share the screen.
            var atScreen = chosen == "table" && outputPath is null;
            var (read, result) = Progress.For(run).Run(stages =>
            {
                // Streamed: a CSV's rows are read as the scorer takes them, so the reading shows in the Scoring stage.
                var input = stages.Step("Reading", writer => RegisterInput.Read(parsed.GetRequiredValue(register), parsed, inputOptions, writer, run.Limits, streamed: true));
                RegisterResult scored;
                using (input)
                {
                    scored = stages.Step("Scoring", _ => input.Score(scoringPolicy));
                }

                if (!atScreen)
                {
                    stages.Step("Writing", _ =>
                    {
                        RescoreFormats.Write(chosen, scored, input.Problems, outputPath, run);
                        return 0;
                    });
                }

                return (input, scored);
            });
            foreach (var note in read.Notes)
            {
                run.Error.WriteLine(note);
            }

            if (atScreen)
            {
                RescoreFormats.Write(chosen, result, read.Problems, outputPath, run);
            }

            if (chosen != "table" || outputPath is not null)
            {
                foreach (var problem in read.Problems.Concat(result.Rejections))
                {
                    run.Error.WriteLine("rejected: " + problem);
                }
            }

            return (int)Outcome.Of(Outcome.Parse(parsed.GetValue(failOn)), result.Findings.Count, read.Problems.Count + result.Rejections.Count);
        });
        return command;
    }

    public static Command Explain(RunContext run)
    {
        var command = new Command("explain", "Why an entry is or is not on the corporate register, rule by rule.");
        var register = RegisterArgument();
        var id = new Argument<string>("ID") { Description = "an entry's identification number, as in: explain data/registers/2017-18-Q2.csv CR1" };
        var input = new RegisterInput.Options();
        var policy = PolicyOption();
        var format = CommonOptions.Format("table", "json");
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        command.Arguments.Add(register);
        command.Arguments.Add(id);
        input.AddTo(command);
        command.Options.Add(policy);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(failOn);
        command.SetAction(parsed =>
        {
            var scoringPolicy = RegisterCsv.Policy(parsed.GetValue(policy), run.Limits);
            var wanted = Normalised(parsed.GetRequiredValue(id), scoringPolicy);
            var read = RegisterInput.Read(parsed.GetRequiredValue(register), parsed, input, run.Error, run.Limits);
            foreach (var note in read.Notes)
            {
                run.Error.WriteLine(note);
            }
            var result = read.Score(scoringPolicy);
            var entries = result.Entries.Where(e => e.Entry.Id.Normalised == wanted).ToList();
            if (entries.Count == 0)
            {
                // Only a rejected row of this very id answers, not one whose id merely starts the same (CR12 for CR1).
                var rejected = result.Rejections.Where(r => RejectedId(r, scoringPolicy) == wanted).Select(r => r.ToString()).ToList();
                throw new UsageException(rejected.Count == 0 ? $"{wanted} is not in the register." : $"{wanted} was rejected: {string.Join("; ", rejected)}");
            }

            ReportOutput.Text(parsed.GetValue(output), run, writer =>
            {
                if (parsed.GetRequiredValue(format) == "json")
                {
                    JsonReport.Explain(result, entries, writer);
                    return;
                }

                foreach (var entry in entries)
                {
                    TableReport.WriteExplanation(entry, writer);
                }
            });
            return (int)Outcome.Of(Outcome.Parse(parsed.GetValue(failOn)), entries.Sum(e => e.Findings.Count), 0);
        });
        return command;
    }

    public static Command Diff(RunContext run)
    {
        var command = new Command("diff", "What a policy change does to a real register: entries that enter or leave, register changes and " +
            "directions of travel that differ, findings that appear or disappear. Give --policy twice: OLD then NEW.");
        var register = RegisterArgument();
        var input = new RegisterInput.Options();
        var policies = new Option<string[]>("--policy", "-p") { Description = "The old policy, then the new (JSON; give it twice). \"default\" is the published policy.", HelpName = "FILE" };
        var format = CommonOptions.Format("table", "json");
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        command.Arguments.Add(register);
        input.AddTo(command);
        command.Options.Add(policies);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(failOn);
        command.SetAction(parsed =>
        {
            var given = parsed.GetValue(policies) ?? Array.Empty<string>();
            if (given.Length != 2)
            {
                throw new UsageException("diff needs two policies: --policy OLD.json --policy NEW.json");
            }

            var read = RegisterInput.Read(parsed.GetRequiredValue(register), parsed, input, run.Error, run.Limits);
            foreach (var note in read.Notes)
            {
                run.Error.WriteLine(note);
            }
            var before = read.Score(RegisterCsv.Policy(given[0] == "default" ? null : given[0], run.Limits));
            var after = read.Score(RegisterCsv.Policy(given[1] == "default" ? null : given[1], run.Limits));
            var comparison = PolicyComparison.Compare(before, after);
            ReportOutput.Text(parsed.GetValue(output), run, writer =>
            {
                if (parsed.GetRequiredValue(format) == "json")
                {
                    JsonReport.Diff(comparison, writer);
                }
                else
                {
                    DiffReport.Write(comparison, writer);
                }
            });
            foreach (var problem in read.Problems.Concat(before.Rejections))
            {
                run.Error.WriteLine("rejected: " + problem);
            }

            return (int)Outcome.Of(Outcome.Parse(parsed.GetValue(failOn)), comparison.Count, read.Problems.Count + before.Rejections.Count);
        });
        return command;
    }

    private static Argument<string> RegisterArgument() =>
        new("REGISTER") { Description = "a register file (CSV, or an Excel workbook .xlsx) named for its quarter, as in: " + Example };

    private static Option<string?> PolicyOption() =>
        new("--policy", "-p") { Description = "The scoring policy (JSON); default: the council's published policy.", HelpName = "FILE" };

    /// <summary>Returns the id of the current register's row a rejection names ("CR12 (line 14)"), or <see langword="null"/>.</summary>
    /// <summary>Returns the id as the policy compares it: the papers' normal form (C01 is CO1), or trimmed and upper-cased
    /// under a pattern of the council's own (IdentifierScheme). An id the papers' scheme cannot read is a usage error.</summary>
    private static string Normalised(string text, ScoringPolicy policy)
    {
        if (policy.Identifiers.Pattern is not null)
        {
            return text.Trim().ToUpperInvariant();
        }

        return EntryId.TryParse(text, out var id, out var error) ? id.Normalised : throw new UsageException(error);
    }

    private static string? RejectedId(Rejection rejection, ScoringPolicy policy)
    {
        var end = rejection.Entry.LastIndexOf(" (", StringComparison.Ordinal);
        if (end <= 0)
        {
            return null;
        }

        var text = rejection.Entry.Substring(0, end);
        return policy.Identifiers.Pattern is not null ? text.Trim().ToUpperInvariant() : EntryId.TryParse(text, out var id, out _) ? id.Normalised : null;
    }
}
