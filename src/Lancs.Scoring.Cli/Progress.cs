using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Spectre.Console;

namespace Lancs.Scoring.Cli;

/// <summary>The stages of a run (reading, scoring, writing). At a terminal they show as progress bars on standard
/// error: reading by the bytes of each file read so far, scoring and writing while they run; redirected, the readers'
/// count lines ("FILE: 100,000 rows read") go to standard error as plain text and nothing else is shown.</summary>
internal sealed class Progress
{
    private readonly RunContext _run;

    private Progress(RunContext run)
    {
        _run = run;
    }

    public static Progress For(RunContext run) => new(run);

    /// <summary>Runs <paramref name="work"/>, which goes through its stages with <see cref="Stages.Step{T}"/>.</summary>
    public T Run<T>(Func<Stages, T> work)
    {
        if (!_run.Terminal.ShowsProgress)
        {
            return work(new Stages(null, _run.Error));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_run.Error), Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context => work(new Stages(context, TextWriter.Null)));
    }

    /// <summary>The stages of one run, each a bar when shown.</summary>
    internal sealed class Stages
    {
        private readonly ProgressContext? _context;

        public Stages(ProgressContext? context, TextWriter lines)
        {
            _context = context;
            Lines = lines;
        }

        /// <summary>Gets where the readers write their count lines: standard error when redirected, nowhere at a terminal (the bar shows it).</summary>
        public TextWriter Lines { get; }

        public T Step<T>(string stage, Func<TextWriter, T> work)
        {
            if (_context is null)
            {
                return work(Lines);
            }

            var task = _context.AddTask(Markup.Escape(stage), maxValue: 1);
            task.IsIndeterminate = true;
            var files = new Dictionary<string, (long Read, long Length)>(StringComparer.Ordinal);
            BoundedStream.Observer = (path, read, length) =>
            {
                files[path] = (read, length);
                long done = 0, total = 0;
                foreach (var file in files.Values)
                {
                    done += file.Read;
                    total += file.Length;
                }

                if (total > 0)
                {
                    task.IsIndeterminate = false;
                    task.MaxValue = total;
                    task.Value = Math.Min(done, total);
                }
            };
            try
            {
                return work(Lines);
            }
            finally
            {
                BoundedStream.Observer = null;
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }
}
