using System;
using System.Diagnostics;
using System.Globalization;
using Lancs.Scoring.Benchmarks.Data;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register;

/// <summary>Measures the memory a partitioned re-score holds beyond its input, on a register too large to re-score at once.</summary>
/// <remarks>Run with <c>dotnet run -c Release --project benchmarks/Lancs.Scoring.Benchmarks -- --partitioned-memory 10000000</c>.
/// The results are counted and dropped as they arrive, as a bulk export would write them out; the figure is the largest
/// managed heap seen after a partition (its result still alive) less the heap holding the input.</remarks>
public static class PartitionedMemory
{
    /// <summary>Generates the register, re-scores it in partitions and prints the figures.</summary>
    /// <param name="size">The number of entries this quarter.</param>
    /// <param name="partitionSize">The entries per partition.</param>
    public static void Run(int size, int partitionSize)
    {
        var clock = Stopwatch.StartNew();
        var register = SyntheticRegister.Generate(size);
        var input = GC.GetTotalMemory(forceFullCollection: true);
        Print($"generated {register.Current.Count:N0} + {register.Previous.Count:N0} entries in {clock.Elapsed.TotalSeconds:F0} s; heap holding the input {input / 1e6:N0} MB ({(double)input / size:F0} bytes per entry)");

        var scorer = new RegisterScorer();
        long peak = 0;
        int partitions = 0, entries = 0, changes = 0, findings = 0;
        clock.Restart();
        foreach (var part in scorer.RescoreInPartitions(register.Quarter, register.Current, register.PreviousQuarter, register.Previous, partitionSize))
        {
            partitions++;
            entries += part.Entries.Count;
            changes += part.Changes.Count;
            findings += part.Findings.Count;
            if (partitions % 10 == 1)
            {
                // A full collection with this partition's result alive: what the run really holds (sampled, as each costs seconds).
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        var elapsed = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Print($"re-scored {entries:N0} entries in {partitions} partitions in {elapsed.TotalSeconds:F1} s (including the sampled full collections): {changes:N0} changes, {findings:N0} findings");
        Print($"largest live heap after a partition (sampled) {peak / 1e6:N0} MB: {(peak - input) / 1e6:N0} MB beyond the input, {(double)(peak - input) / size:F1} bytes per entry; partitions of {partitionSize:N0}");
        Print($"heap after the run {after / 1e6:N0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
    }

    private static void Print(string line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
