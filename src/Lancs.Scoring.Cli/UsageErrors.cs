using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;

namespace Lancs.Scoring.Cli;

/// <summary>Reports a command line that does not parse, in the tool's words: an unknown command or option with the
/// nearest one it may have meant, a stray argument, a missing file or value; then where the help is.</summary>
internal static class UsageErrors
{
    public static void Write(ParseResult parsed, TextWriter error)
    {
        var command = parsed.CommandResult.Command;
        var name = command is RootCommand ? null : command.Name;
        var first = parsed.UnmatchedTokens.FirstOrDefault();
        if (name is null && first is not null && first.StartsWith("-", StringComparison.Ordinal) && first.Length > 1)
        {
            error.WriteLine($"lancs-scoring: '{Quoted.Clip(first.Split('=')[0])}' is no option of the tool's own; a command comes first, as in: lancs-scoring rescore REGISTER {Quoted.Clip(first)}");
        }
        else if (name is null && first is not null)
        {
            error.WriteLine($"lancs-scoring: unknown command '{Quoted.Clip(first)}'.{Suggest(first, command.Subcommands.Select(c => c.Name))}");
        }
        else if (first is not null && first.StartsWith("-", StringComparison.Ordinal) && first.Length > 1)
        {
            var option = first.Split('=')[0];
            error.WriteLine($"lancs-scoring: {name} does not take {Quoted.Clip(option)}.{Suggest(option, command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))}");
        }
        else if (first is not null)
        {
            error.WriteLine($"lancs-scoring: {name} takes {What(command)}; '{Quoted.Clip(first)}' is one too many{Hint(command)}.");
        }

        foreach (var problem in parsed.Errors.Where(e => !e.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal)))
        {
            error.WriteLine("lancs-scoring: " + Reword(problem, command));
        }

        error.WriteLine(name is null ? "Run 'lancs-scoring --help' for the commands." : $"Run 'lancs-scoring {name} --help' for its options.");
    }

    private static string What(Command command) =>
        command.Arguments.Count == 1 ? "one file" : string.Join(" and ", command.Arguments.Select(a => a.Name));

    private static string Hint(Command command) =>
        command.Options.Any(o => o.Name == "--previous") ? " (a previous quarter's register goes after --previous)" : string.Empty;

    private static string Reword(ParseError problem, Command command)
    {
        var message = problem.Message;
        if (message.StartsWith("Argument '", StringComparison.Ordinal) && message.Contains("not recognized")
            && problem.SymbolResult is OptionResult { Option: var refused })
        {
            // "--format 'xml' is not one of table, csv, json."
            var given = message.Substring("Argument '".Length).Split('\'')[0];
            var rest = message.Substring(message.IndexOf("Must be one of", StringComparison.Ordinal));
            var choices = System.Text.RegularExpressions.Regex.Matches(rest, "'([^']*)'").Select(m => m.Groups[1].Value);
            return $"{refused.Name} '{Quoted.Clip(given)}' is not one of {string.Join(", ", choices)}.";
        }

        // "Required argument 'REGISTER' missing for command: 'rescore'." becomes "rescore needs REGISTER, a register file ...".
        if (message.StartsWith("Required argument '", StringComparison.Ordinal) && command.Arguments.FirstOrDefault(a => message.Contains("'" + a.Name + "'")) is { } argument)
        {
            return $"{command.Name} needs {argument.Name}: {argument.Description}";
        }

        if (message.StartsWith("Required argument missing for option: '", StringComparison.Ordinal))
        {
            var option = message.Substring("Required argument missing for option: '".Length).TrimEnd('.', '\'');
            return $"{option} needs a value.";
        }

        if (message.StartsWith("Option '", StringComparison.Ordinal) && message.Contains("expects a single argument"))
        {
            return message.Substring("Option '".Length).Split('\'')[0] + " is given more than once.";
        }

        return message.Replace("\r", string.Empty).Replace("\n\t", " ").Replace("\n", " ");
    }

    /// <summary>" Did you mean '--format'?" for the nearest name within a few edits, or nothing.</summary>
    private static string Suggest(string given, IEnumerable<string> names)
    {
        var best = names.Distinct()
            .Select(n => (Name: n, Distance: Distance(given.ToLowerInvariant(), n.ToLowerInvariant())))
            .Where(p => p.Distance <= Math.Max(2, p.Name.Length / 3))
            .OrderBy(p => p.Distance)
            .FirstOrDefault();
        return best.Name is null ? string.Empty : $" Did you mean '{best.Name}'?";
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 100 || b.Length > 100)
        {
            return int.MaxValue; // a name of 300 characters is no typo of one of ten
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
