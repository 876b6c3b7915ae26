using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using Lancs.Scoring.Benchmarks.Register;

namespace Lancs.Scoring.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line.</summary>
public static class Program
{
    /// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/Lancs.Scoring.Benchmarks -- --filter *</c>, or
    /// <c>-- --partitioned-memory 10000000 [partition size]</c> for the memory of a partitioned re-score.</summary>
    public static void Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "--partitioned-memory")
        {
            var partitionSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : Risk.RegisterScorer.DefaultPartitionSize;
            PartitionedMemory.Run(int.Parse(args[1], CultureInfo.InvariantCulture), partitionSize);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
