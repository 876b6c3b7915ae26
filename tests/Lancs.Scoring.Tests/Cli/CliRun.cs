using System.IO;
using Lancs.Scoring.Cli;

namespace Lancs.Scoring.Tests.Cli;

/// <summary>Runs the command line in process, as the tests of every command do, and writes their input files.</summary>
internal static class CliRun
{
    /// <summary>Runs <c>lancs-scoring</c> with <paramref name="args"/>; returns its exit code, standard output and standard error.</summary>
    public static (ExitCode Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in <paramref name="folder"/>; returns the path.</summary>
    public static string WriteFile(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
