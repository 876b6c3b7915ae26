using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Cli;

/// <summary>The command line split into a command, its positional arguments and its <c>--name value</c> options.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    private Arguments(string command)
    {
        Command = command;
    }

    public string Command { get; }

    public List<string> Positional { get; } = new();

    public static Arguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new Arguments(args.Count == 0 ? "help" : args[0]);
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"{args[i]} needs a value.");
                }

                if (!parsed._options.TryGetValue(args[i], out var values))
                {
                    parsed._options[args[i]] = values = new List<string>();
                }

                values.Add(args[++i]);
            }
            else
            {
                parsed.Positional.Add(args[i]);
            }
        }

        return parsed;
    }

    public string? Option(string name) =>
        _options.TryGetValue(name, out var values) ? (values.Count == 1 ? values[0] : throw new UsageException($"{name} is given more than once.")) : null;

    public IReadOnlyList<string> Options(string name) =>
        _options.TryGetValue(name, out var values) ? values : (IReadOnlyList<string>)Array.Empty<string>();

    public void OnlyOptions(params string[] allowed)
    {
        foreach (var name in _options.Keys)
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw new UsageException($"{Command} does not take {name}; it takes {(allowed.Length == 0 ? "no options" : string.Join(", ", allowed))}.");
            }
        }
    }
}
