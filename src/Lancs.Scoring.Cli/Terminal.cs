using System;
using System.IO;

namespace Lancs.Scoring.Cli;

/// <summary>Where standard output goes: a terminal (tables and progress for a person) or a file or pipe (plain text,
/// and the raw bytes of an .xlsx report when one is asked for without <c>--output</c>).</summary>
internal sealed class Terminal
{
    private readonly Func<Stream>? _rawOutput;

    private Terminal(bool isInteractive, Func<Stream>? rawOutput)
    {
        IsInteractive = isInteractive;
        _rawOutput = rawOutput;
    }

    /// <summary>Gets the terminal of a run in process (the tests): redirected, with no raw output stream.</summary>
    public static Terminal Redirected { get; } = new(false, null);

    /// <summary>Gets a terminal for a run in process that is shown as at a terminal (the tests of the terminal tables).</summary>
    public static Terminal Interactive { get; } = new(true, null);

    /// <summary>Gets whether standard output is a terminal a person reads.</summary>
    public bool IsInteractive { get; }

    /// <summary>Returns the process's own standard output, when it goes to a file or pipe.</summary>
    public static Terminal OfConsole() =>
        Console.IsOutputRedirected ? new Terminal(false, Console.OpenStandardOutput) : new Terminal(true, null);

    /// <summary>Opens standard output for bytes (an .xlsx report), or says why it cannot.</summary>
    public Stream OpenRawOutput(string format) => _rawOutput?.Invoke()
        ?? throw new UsageException($"--format {format} writes a binary workbook: give --output FILE.{format}, or redirect standard output to a file.");
}
