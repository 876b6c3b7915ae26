using System;
using System.IO;
using System.Threading.Tasks;

namespace Lancs.Scoring.Cli;

/// <summary>Opens an input file, or says plainly why it cannot: no such file, a directory, no permission, a named pipe
/// with no writer. What it returns reads at most <see cref="InputLimits.MaxFileBytes"/> bytes.</summary>
internal static class InputFile
{
    /// <summary>Checks that <paramref name="path"/> names a file, without opening it.</summary>
    /// <exception cref="UsageException">The path is empty, a directory, or names nothing.</exception>
    public static void Check(string path, string noun = "file")
    {
        if (path.Trim().Length == 0)
        {
            throw new UsageException($"an empty name was given for a {noun}.");
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{Quoted.Clip(path)}: is a directory; give a {noun}.");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{Quoted.Clip(path)}: no such {noun}.");
        }
    }

    /// <summary>Opens <paramref name="path"/> for reading within <paramref name="limits"/>.</summary>
    /// <exception cref="UsageException">The file cannot be opened; the message says why.</exception>
    public static Stream Open(string path, InputLimits limits, string noun = "file", long? maxBytes = null)
    {
        Check(path, noun);

        // Opening a named pipe waits for a writer; wait only so long. A pipe opened after the wait is closed at once.
        var opening = Task.Run(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan));
        try
        {
            if (!opening.Wait(limits.OpenTimeout))
            {
                opening.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
                throw new UsageException($"{Quoted.Clip(path)}: could not be opened within {limits.OpenTimeout.TotalSeconds:0.#} seconds (a named pipe with no writer?); give a regular file.");
            }
        }
        catch (AggregateException ex) when (ex.InnerException is UnauthorizedAccessException)
        {
            throw new UsageException($"{Quoted.Clip(path)}: cannot be read: permission denied.");
        }
        catch (AggregateException ex) when (ex.InnerException is IOException io)
        {
            throw new UsageException($"{Quoted.Clip(path)}: cannot be read: {io.Message}");
        }

        return new BoundedStream(opening.Result, path, maxBytes ?? limits.MaxFileBytes, limits.ReadTimeout, noun);
    }
}
