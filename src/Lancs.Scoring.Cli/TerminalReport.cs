using System;
using Spectre.Console;

namespace Lancs.Scoring.Cli;

/// <summary>What a person at a terminal sees while a run works: each stage (reading, scoring, writing) with a spinner on
/// standard error, so that standard output keeps only the report.</summary>
internal static class TerminalReport
{
    private static readonly IAnsiConsole Status = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static T Stage<T>(string stage, Func<T> work) =>
        Status.Status().Spinner(Spinner.Known.Line).Start(Markup.Escape(stage) + "...", _ => work());
}
