using System;

namespace Lancs.Scoring.Cli;

/// <summary>The <c>lancs-scoring</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command named by the first argument.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 when the run did its job (findings are reported, not failures), 1 when rows were rejected, 2 on usage or input errors.</returns>
    public static int Main(string[] args) => (int)CommandLine.Run(args, Console.Out, Console.Error, InputLimits.Default, Terminal.OfConsole());
}
