using System;
using System.IO;
using System.Text;
using Spectre.Console;

namespace Lancs.Scoring.Cli;

/// <summary>The stages of a run (reading, scoring, writing). At a terminal each shows as a live status line on standard
/// error, with the readers' row counts; redirected, the readers' count lines go to standard error as plain text.</summary>
internal sealed class Progress
{
    private readonly RunContext _run;
    private readonly IAnsiConsole? _console;

    private Progress(RunContext run, IAnsiConsole? console)
    {
        _run = run;
        _console = console;
    }

    public static Progress For(RunContext run) => new(run, run.Terminal.IsInteractive
        ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(run.Error), Interactive = InteractionSupport.Detect })
        : null);

    /// <summary>Runs one stage; <paramref name="work"/> writes its progress lines ("FILE: 100,000 rows read") to the writer it is given.</summary>
    public T Step<T>(string stage, Func<TextWriter, T> work)
    {
        if (_console is null)
        {
            return work(_run.Error);
        }

        return _console.Status().Spinner(Spinner.Known.Line).Start(Markup.Escape(stage + "..."), context => work(new StatusWriter(context, stage)));
    }

    public void Step(string stage, Action<TextWriter> work) => Step(stage, writer =>
    {
        work(writer);
        return 0;
    });

    /// <summary>Turns each line written to it into the status line of the stage.</summary>
    private sealed class StatusWriter : TextWriter
    {
        private readonly StatusContext _context;
        private readonly string _stage;

        public StatusWriter(StatusContext context, string stage)
        {
            _context = context;
            _stage = stage;
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
        }

        public override void WriteLine(string? value) => _context.Status(Markup.Escape(Printable.OneLine(_stage + ": " + (value ?? string.Empty))));
    }
}
