using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Lancs.Scoring.Cli;

/// <summary>The command line, parsed by System.CommandLine: the commands, their help and <c>--version</c>; every usage
/// error and expected failure becomes a message on standard error and exit code 2.</summary>
internal static class CommandLine
{
    public const string Description = """
        lancs-scoring: re-score Lancashire County Council's corporate risk and opportunity register, band KPIs and
        classify complaints, from CSV files or Excel workbooks (.xlsx).

        Exit codes: 0 the run did its job (findings are in the report, not failures); 1 rows were rejected (the rest
        were scored); 2 usage or input error, nothing scored. --fail-on findings|rejections|never changes what gives 1.
        """;

    public static ExitCode Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) => Run(args, output, error, InputLimits.Default);

    /// <summary>Runs the command line, reading input files within <paramref name="limits"/>.</summary>
    public static ExitCode Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, InputLimits limits, Terminal? terminal = null)
    {
        var run = new RunContext(output, error, limits, terminal ?? Terminal.Redirected);
        var root = Build(run);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            UsageErrors.Write(parsed, error);
            return ExitCode.Failure;
        }

        try
        {
            return (ExitCode)parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            error.WriteLine("lancs-scoring: " + ex.Message);
            error.WriteLine($"Run 'lancs-scoring {CommandName(parsed)}--help' for the options.");
            return ExitCode.Failure;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            error.WriteLine("lancs-scoring: " + ex.Message);
            return ExitCode.Failure;
        }
    }

    /// <summary>Gets the tool's version, as --version prints it.</summary>
    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(CommandLine).Assembly.GetName().Version?.ToString() ?? "0";

    private static RootCommand Build(RunContext run)
    {
        var root = new RootCommand(Description);
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new VersionAction();
        }

        root.Subcommands.Add(RegisterCommands.Rescore(run));
        root.Subcommands.Add(RegisterCommands.Explain(run));
        root.Subcommands.Add(RegisterCommands.Diff(run));
        root.Subcommands.Add(OtherCommands.Kpi(run));
        root.Subcommands.Add(OtherCommands.Complaints(run));
        // No command, or 'help' (as the tool took before): the help, as 'lancs-scoring --help' prints it.
        int Help(ParseResult result) => result.RootCommandResult.Command.Parse(new[] { "--help" }).Invoke(new InvocationConfiguration { Output = run.Output, Error = run.Error });
        var help = new Command("help", "The commands, as --help lists them.") { Hidden = true };
        help.SetAction(Help);
        root.Subcommands.Add(help);
        root.SetAction(Help);
        return root;
    }

    private static string CommandName(ParseResult parsed) =>
        parsed.CommandResult.Command is RootCommand ? string.Empty : parsed.CommandResult.Command.Name + " ";

    /// <summary>Prints the tool's own version, not the host's (in process the entry assembly is the test host).</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return 0;
        }
    }
}
