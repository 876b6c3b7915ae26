using System;
using System.IO;
using System.Text;

namespace Lancs.Scoring.Cli;

/// <summary>Where a report goes: standard output, or the file given with <c>--output</c>.</summary>
internal static class ReportOutput
{
    public static void Text(string? path, RunContext run, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(run.Output);
            run.Output.Flush();
            return;
        }

        using var file = new StreamWriter(Create(path), new UTF8Encoding(false));
        write(file);
    }

    public static void Binary(string? path, RunContext run, string format, Action<Stream> write)
    {
        if (path is null)
        {
            run.Output.Flush();
            using var raw = run.Terminal.OpenRawOutput(format);
            write(raw);
            return;
        }

        using var file = Create(path);
        write(file);
    }

    private static FileStream Create(string path)
    {
        if (path.Trim().Length == 0)
        {
            throw new UsageException("an empty name was given for --output.");
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"--output {Quoted.Clip(path)}: is a directory; give a file name.");
        }

        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            throw new UsageException($"--output {Quoted.Clip(path)}: cannot be written: {ex.Message}");
        }
    }
}
