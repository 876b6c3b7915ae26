using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using Lancs.Scoring.Benchmarks.Complaints;
using Lancs.Scoring.Benchmarks.Kpi;
using Lancs.Scoring.Benchmarks.Register;

namespace Lancs.Scoring.Benchmarks;

/// <summary>Measures the rules against their hand-written baseline in alternating pairs, in one process: the ratio of each
/// pair, then the median and quartiles of those ratios.</summary>
/// <remarks>
/// <para>Run with <c>dotnet run -c Release --project benchmarks/Lancs.Scoring.Benchmarks -- --paired register 10000 20</c>
/// (or <c>kpi</c>, <c>complaints</c>). BenchmarkDotNet times the baseline and the rules in separate processes, one after
/// the other; on a shared machine whose load changes by the minute, the ratio of two such means moves with the load (the
/// same code measured 0.90x and 1.44x an hour apart). Here each round runs both, the baseline first in even rounds and the
/// rules first in odd ones, on the benchmark's own data and methods, so a change of load touches both sides of a pair
/// alike. It supplements BenchmarkDotNet's figures and does not replace them.</para>
/// <para>Each side of a round runs after a full collection (as BenchmarkDotNet forces one between iterations) and handles
/// about a million records: a call at 1,000,000, a hundred calls in a row at 10,000, so that each pays for collecting its own
/// garbage. Times are per call. Bytes are exact (<see cref="GC.GetAllocatedBytesForCurrentThread"/>); the first two rounds
/// warm the code up and are not counted.</para>
/// </remarks>
public static class PairedRatio
{
    private const int WarmUpRounds = 2;

    /// <summary>Gets the benchmarks that can be paired.</summary>
    public static IReadOnlyList<string> Kinds { get; } = new[] { "register", "kpi", "complaints" };

    /// <summary>About how many records each side handles per round: a 10,000-entry register is called 100 times in a row.</summary>
    private const int CallsPerSide = 1_000_000;

    /// <summary>Runs <paramref name="rounds"/> pairs of the benchmark named <paramref name="kind"/> and prints the figures.</summary>
    /// <param name="kind"><c>register</c>, <c>kpi</c> or <c>complaints</c>.</param>
    /// <param name="size">The benchmark's size: entries, observations or complaints.</param>
    /// <param name="rounds">The pairs counted, at least 1.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not one of the three, or <paramref name="rounds"/> is below 1.</exception>
    public static void Run(string kind, int size, int rounds)
    {
        if (rounds < 1)
        {
            throw new ArgumentException("Give at least one round, such as 20 at 10,000 or 8 at 1,000,000.", nameof(rounds));
        }

        var (baseline, rules) = Pair(kind, size);
        var calls = Math.Max(1, CallsPerSide / size);
        var baselineSamples = new List<Sample>(rounds);
        var rulesSamples = new List<Sample>(rounds);
        for (var round = 0; round < rounds + WarmUpRounds; round++)
        {
            Sample first, second;
            if (round % 2 == 0)
            {
                first = Measure(baseline, calls);
                second = Measure(rules, calls);
            }
            else
            {
                second = Measure(rules, calls);
                first = Measure(baseline, calls);
            }

            if (round >= WarmUpRounds)
            {
                baselineSamples.Add(first);
                rulesSamples.Add(second);
            }
        }

        var ratios = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            ratios.Add(rulesSamples[i].Milliseconds / baselineSamples[i].Milliseconds);
        }

        Print($"{kind} at {size:N0}, {rounds} alternating pairs after {WarmUpRounds} to warm up, each side called {calls} times in a row per round:");
        Describe("baseline:", baselineSamples);
        Describe("rules:   ", rulesSamples);
        Print($"  time ratio per pair: median {Quantile(ratios, 0.5):F2}x (quartiles {Quantile(ratios, 0.25):F2}x to {Quantile(ratios, 0.75):F2}x); bytes {(double)rulesSamples[0].Bytes / baselineSamples[0].Bytes:F2}x");
    }

    /// <summary>Returns the <paramref name="q"/> quantile of <paramref name="values"/>, interpolated between the two nearest
    /// (the median of an even count is the mean of the middle two).</summary>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("There are no values to take a quantile of.", nameof(values));
        }

        var sorted = new double[values.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = values[i];
        }

        Array.Sort(sorted);
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    /// <summary>The benchmark's baseline and rules, set up as BenchmarkDotNet sets them up (the agreement check included).</summary>
    private static (Func<object> Baseline, Func<object> Rules) Pair(string kind, int size)
    {
        switch (kind)
        {
            case "register":
                var register = new RegisterRescoreBenchmarks { Size = size };
                register.Setup();
                return (register.HandWritten, register.Rules);
            case "kpi":
                var kpi = new KpiBandingBenchmarks { Size = size };
                kpi.Setup();
                return (kpi.HandWritten, kpi.Rules);
            case "complaints":
                var complaints = new ComplaintClassificationBenchmarks { Size = size };
                complaints.Setup();
                return (complaints.HandWritten, complaints.Rules);
            default:
                throw new ArgumentException($"'{kind}' is not a paired benchmark; use register, kpi or complaints.", nameof(kind));
        }
    }

    /// <summary>Times <paramref name="calls"/> calls in a row after a full collection and returns the mean of one: the full
    /// collection keeps either side from paying for what the other left, and the calls in a row make each side pay for
    /// collecting its own garbage, as it does in BenchmarkDotNet's many invocations per iteration.</summary>
    private static Sample Measure(Func<object> run, int calls)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var pause = GC.GetTotalPauseDuration();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        for (var call = 0; call < calls; call++)
        {
            GC.KeepAlive(run());
        }

        clock.Stop();
        return new Sample(clock.Elapsed.TotalMilliseconds / calls, (GC.GetAllocatedBytesForCurrentThread() - bytes) / calls,
            (GC.GetTotalPauseDuration() - pause).TotalMilliseconds / calls,
            (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2));
    }

    /// <summary>Prints one side's median time and pause, its bytes per call and the collections of its first counted round
    /// (a collection of gen2 counts in gen1 and gen0 too).</summary>
    private static void Describe(string side, List<Sample> samples)
    {
        var times = samples.ConvertAll(s => s.Milliseconds);
        var pauses = samples.ConvertAll(s => s.PauseMilliseconds);
        var (gen0, gen1, gen2) = samples[0].Collections;
        Print($"  {side} median {Quantile(times, 0.5):F2} ms, of which paused for collections {Quantile(pauses, 0.5):F2} ms; {samples[0].Bytes / 1e6:F2} MB; collections per round gen0 {gen0}, gen1 {gen1}, gen2 {gen2}");
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));

    /// <summary>One side of a round, per call: time, bytes, time paused for collections; and the round's collections.</summary>
    private readonly record struct Sample(double Milliseconds, long Bytes, double PauseMilliseconds, (int Gen0, int Gen1, int Gen2) Collections);
}
