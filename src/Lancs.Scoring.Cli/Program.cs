using System;

namespace Lancs.Scoring.Cli;

/// <summary>The <c>lancs-scoring</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command named by the first argument.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 when all went well, 1 when findings or rejections were reported, 2 on failure.</returns>
    public static int Main(string[] args) => (int)CommandLine.Run(args, Console.Out, Console.Error);
}
