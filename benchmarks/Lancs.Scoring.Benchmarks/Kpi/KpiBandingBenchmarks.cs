using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Benchmarks.Kpi;

/// <summary>KPI banding of a large batch of observations, through the rules and by hand (the library's own hand-written path).</summary>
/// <remarks>Observations cycle through every indicator of the papers' catalogue, one month after another, with values from a
/// fixed seed, each within its indicator's bounds, a comparator on a third of them and about 1% unreadable values (rejections). Setup checks that both agree.</remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Kpi")]
[LargeRegisterJob(warmupCount: 15, iterationCount: 15)]
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
        var indicators = KpiCatalogue.Papers.Indicators.ToArray();
        var random = new Random(Data.SyntheticRegister.DefaultSeed);
        _observations = new List<KpiObservation>(Size);
        for (var i = 0; i < Size; i++)
        {
            var month = i / indicators.Length;
            var period = KpiPeriod.Ending(1950 + (month / 12), 1 + (month % 12));
            var indicator = indicators[i % indicators.Length];
            var roll = random.Next(100);
            _observations.Add(roll == 0
                ? KpiObservation.FromText(indicator.Code, period, "n/a")
                : roll < 33
                    ? KpiObservation.Create(indicator.Code, period, ValueOf(indicator, random), new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = ValueOf(indicator, random) })
                    : KpiObservation.Create(indicator.Code, period, ValueOf(indicator, random)));
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

    /// <summary>Returns a value within the indicator's bounds, to one decimal place: from its minimum up to its maximum, or
    /// up to 200 above its minimum when it has none. (Values drawn from 0 to 200 for every indicator put a quarter of the
    /// observations outside a percentage's bounds, so the benchmark timed rejection messages more than banding.)</summary>
    private static decimal ValueOf(Indicator indicator, Random random)
    {
        var span = indicator.Maximum is { } maximum ? maximum - indicator.Minimum : 200m;
        return indicator.Minimum + decimal.Round(span * random.Next(1001) / 1000m, 1, MidpointRounding.ToZero);
    }

    private static IEnumerable<string> Describe(KpiScoreReport report) =>
        report.Results.Select(r => string.Join("|", r.Observation.Entry, r.Assignment.Status.Name, r.Band?.Name, r.Assignment.Reason,
                r.Movement.Name, r.Direction.Name, string.Join(",", r.Comparisons), r.Target.Name))
            .Concat(report.Rejections.Select(j => j.ToString()));
}
