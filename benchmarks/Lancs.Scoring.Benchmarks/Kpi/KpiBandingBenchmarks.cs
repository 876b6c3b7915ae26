using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Benchmarks.Kpi;

/// <summary>KPI banding of a large batch of observations, through the rules and by hand (the library's own hand-written path).</summary>
/// <remarks>Observations cycle through every indicator of the papers' catalogue, one month after another, with values from a
/// fixed seed, a comparator on a third of them and about 1% unreadable values (rejections). Setup checks that both agree.</remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Kpi")]
[LargeRegisterJob]
public class KpiBandingBenchmarks
{
    private KpiScorer _rules = null!;
    private KpiHandScorer _hand = null!;
    private List<KpiObservation> _observations = null!;

    /// <summary>Gets or sets the number of observations.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>Gets the sizes: 1,000,000 observations, or 10,000 for the CI smoke run.</summary>
    public static int[] Sizes => Smoke.IsOn ? new[] { 10_000 } : new[] { 1_000_000 };

    /// <summary>Compiles the rules, generates the observations and checks that both paths agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rules = new KpiScorer(KpiCatalogue.Papers);
        _hand = new KpiHandScorer(KpiCatalogue.Papers);
        var codes = KpiCatalogue.Papers.Indicators.Select(i => i.Code).ToArray();
        var random = new Random(Data.SyntheticRegister.DefaultSeed);
        _observations = new List<KpiObservation>(Size);
        for (var i = 0; i < Size; i++)
        {
            var month = i / codes.Length;
            var period = KpiPeriod.Ending(1950 + (month / 12), 1 + (month % 12));
            var code = codes[i % codes.Length];
            var roll = random.Next(100);
            _observations.Add(roll == 0
                ? KpiObservation.FromText(code, period, "n/a")
                : roll < 33
                    ? KpiObservation.Create(code, period, random.Next(2000) / 10m, new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = random.Next(2000) / 10m })
                    : KpiObservation.Create(code, period, random.Next(2000) / 10m));
        }

        if (!Describe(Rules()).SequenceEqual(Describe(HandWritten())))
        {
            throw new InvalidOperationException("The hand-written KPI path disagrees with the rules.");
        }
    }

    /// <summary>The hand-written banding.</summary>
    [Benchmark(Baseline = true)]
    public KpiScoreReport HandWritten() => _hand.Score(_observations);

    /// <summary>The banding through the compiled KPI rules.</summary>
    [Benchmark]
    public KpiScoreReport Rules() => _rules.Score(_observations);

    private static IEnumerable<string> Describe(KpiScoreReport report) =>
        report.Results.Select(r => string.Join("|", r.Observation.Entry, r.Assignment.Status.Name, r.Band?.Name, r.Assignment.Reason,
                r.Movement.Name, r.Direction.Name, string.Join(",", r.Comparisons), r.Target.Name))
            .Concat(report.Rejections.Select(j => j.ToString()));
}
