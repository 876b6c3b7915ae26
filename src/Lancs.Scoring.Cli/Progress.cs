using System;

namespace Lancs.Scoring.Cli;

/// <summary>The stages of a run (reading, scoring, writing), shown as they pass when standard output is a terminal.</summary>
internal sealed class Progress
{
    private static readonly Progress Silent = new(null);
    private readonly RunContext? _run;

    private Progress(RunContext? run)
    {
        _run = run;
    }

    public static Progress For(RunContext run) => run.Terminal.IsInteractive ? new Progress(run) : Silent;

    public T Step<T>(string stage, Func<T> work)
    {
        if (_run is null)
        {
            return work();
        }

        return TerminalReport.Stage(stage, work);
    }

    public void Step(string stage, Action work) => Step(stage, () =>
    {
        work();
        return 0;
    });
}
