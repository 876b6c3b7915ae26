using System;
using System.IO;

namespace Lancs.Scoring.Cli;

/// <summary>Where standard output goes: a terminal (tables and progress for a person) or a file or pipe (plain text,
/// and the raw bytes of an .xlsx report when one is asked for without <c>--output</c>).</summary>
internal sealed class Terminal
{
    private readonly Func<Stream>? _rawOutput;

    private Terminal(bool isInteractive, Func<Stream>? rawOutput, bool showsProgress)
    {
        IsInteractive = isInteractive;
        _rawOutput = rawOutput;
        ShowsProgress = showsProgress;
    }

    /// <summary>Gets the terminal of a run in process (the tests): redirected, with no raw output stream.</summary>
    public static Terminal Redirected { get; } = new(false, null, false);

    /// <summary>Gets a terminal for a run in process that is shown as at a terminal (the tests of the terminal tables).</summary>
    public static Terminal Interactive { get; } = new(true, null, true);

    /// <summary>Gets whether standard output is a terminal a person reads.</summary>
    public bool IsInteractive { get; }

    /// <summary>Gets whether progress bars are drawn on standard error: both it and standard output are a terminal.</summary>
    public bool ShowsProgress { get; }

    /// <summary>Returns the process's own standard output, when it goes to a file or pipe.</summary>
    public static Terminal OfConsole() =>
        Console.IsOutputRedirected ? new Terminal(false, Console.OpenStandardOutput, false) : new Terminal(true, null, !Console.IsErrorRedirected);

    /// <summary>Opens standard output for bytes (an .xlsx report), or says why it cannot.</summary>
    public Stream OpenRawOutput(string format) => _rawOutput?.Invoke()
        ?? throw new UsageException($"--format {format} writes a binary workbook: give --output FILE.{format}, or redirect standard output to a file.");
}
