using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Lancs.Scoring.Benchmarks.Register.Idiom;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register;

/// <summary>The batch engine against NRules' best idioms (<see cref="NRulesIdiomBenchmarks"/>: the lookup-fact rules and the
/// flattened rule) at the sizes of issue 15's targets, 10,000, 100,000 and 1,000,000 entries, in one run. NRules' idiomatic
/// two-pattern join is left out: it is quadratic (35 s an operation at 10,000 entries), so it has no figure at these sizes.</summary>
/// <remarks>Each column is the one of <see cref="NRulesIdiomBenchmarks"/>, whose setup (without the idiomatic join) checks
/// entry by entry that both NRules columns concluded what the batch engine concluded. Fifteen warm-up iterations, as for the
/// rules against their baselines: with two, NRules' flattened rule took 103.6 ms at 10,000 entries, and with fifteen
/// 52.2 ms, which halves the batch engine's lead. The whole class then takes about half an hour; the lookup-fact column at
/// 1,000,000 entries (32 s an operation) is most of it.</remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Register")]
[LargeRegisterJob(warmupCount: 15, iterationCount: 15)]
public class NRulesIdiomScaleBenchmarks
{
    private readonly NRulesIdiomBenchmarks _columns = new() { CheckIdiomaticJoin = false };

    /// <summary>Gets or sets the number of entries this quarter (the previous quarter has about as many).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>Gets the sizes: 10,000, 100,000 and 1,000,000 entries, or 200 for the CI smoke run.</summary>
    public static int[] Sizes => Smoke.IsOn ? new[] { 200 } : new[] { 10_000, 100_000, 1_000_000 };

    /// <summary>Compiles the rule sets, generates the register and checks the NRules columns against the batch engine.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _columns.Size = Size;
        _columns.Setup();
    }

    /// <summary>The library's core rules in the batch engine.</summary>
    /// <returns>The derived facts.</returns>
    [Benchmark(Baseline = true)]
    public CoreFacts BatchCoreRules() => _columns.BatchCoreRules();

    /// <summary>Three NRules rules with the previous quarter as one lookup fact.</summary>
    /// <returns>The derived facts.</returns>
    [Benchmark]
    public (List<ScoredEntry> Scored, List<Inclusion> Inclusions, List<EntryMovements> Movements) NRulesLookupRules() => _columns.NRulesLookupRules();

    /// <summary>One flattened NRules rule with the previous quarter as one lookup fact.</summary>
    /// <returns>The outcomes.</returns>
    [Benchmark]
    public List<CoreOutcome> NRulesFlattened() => _columns.NRulesFlattened();
}
