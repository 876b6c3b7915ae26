using System.Linq;
using System.Globalization;
using BenchmarkDotNet.Running;
using Lancs.Scoring.Benchmarks.Register;

namespace Lancs.Scoring.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line.</summary>
public static class Program
{
    /// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/Lancs.Scoring.Benchmarks -- --filter *</c>, or
    /// <c>-- --partitioned-memory 10000000 [partition size]</c> for the memory of a partitioned re-score, or
    /// <c>-- --paired register|kpi|complaints SIZE ROUNDS</c> for the rules against their baseline in alternating pairs.</summary>
    /// <returns>0, or 1 when a benchmark failed (BenchmarkDotNet itself reports failures only in its output).</returns>
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "--partitioned-memory")
        {
            var partitionSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : Risk.RegisterScorer.DefaultPartitionSize;
            PartitionedMemory.Run(int.Parse(args[1], CultureInfo.InvariantCulture), partitionSize);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--paired")
        {
            return Paired(args);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length < s.BenchmarksCases.Length);
        return failed ? 1 : 0;
    }

    /// <summary>Runs <c>--paired KIND SIZE ROUNDS</c>; returns 2, with the usage on standard error, when the arguments are not that.</summary>
    private static int Paired(string[] args)
    {
        const string Usage = "usage: --paired register|kpi|complaints SIZE ROUNDS, such as --paired register 10000 20";
        if (args.Length != 4 || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1
            || !int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out var rounds) || rounds < 1
            || !PairedRatio.Kinds.Contains(args[1]))
        {
            System.Console.Error.WriteLine(Usage);
            return 2;
        }

        PairedRatio.Run(args[1], size, rounds);
        return 0;
    }
}
