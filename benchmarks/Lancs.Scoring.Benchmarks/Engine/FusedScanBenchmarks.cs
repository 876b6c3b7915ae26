using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Lancs.Scoring.Benchmarks.Data;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;

namespace Lancs.Scoring.Benchmarks.Engine;

/// <summary>The register's six checks of a scored entry (mixed stated direction, residual on the wrong side, missing
/// residual, target met, target on the wrong side, outside appetite) fired over a register's scored entries: matched in
/// one pass (the engine's fused scan) against one pass per rule, the same compiled rules otherwise.</summary>
/// <remarks>Each operation inserts the scored entries and fires, so the difference between the two columns is the
/// scanning; the checks find few entries, so their actions cost little.</remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Engine")]
[LargeRegisterJob]
public class FusedScanBenchmarks
{
    private BatchRuleSet _fused = null!;
    private BatchRuleSet _oneByOne = null!;
    private List<ScoredEntry> _scored = null!;

    /// <summary>Gets or sets the number of scored entries.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>Gets the sizes: 100,000 and 1,000,000 entries, or 200 for the CI smoke run.</summary>
    public static int[] Sizes => Smoke.IsOn ? new[] { 200 } : new[] { 100_000, 1_000_000 };

    /// <summary>Compiles the six checks both ways and scores the synthetic register's entries once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var policy = ScoringPolicy.Default;
        var checks = RuleDefinitions.Create(new NRules.Fluent.Dsl.Rule[]
        {
            new MixedStatedDirectionRule(), new ResidualOnWrongSideRule(), new MissingResidualRule(),
            new ResidualMeetsTargetRule(), new TargetOnWrongSideRule(), new OutsideAppetiteRule(policy),
        });
        _fused = BatchRuleSet.Compile(checks, fuseScans: true);
        _oneByOne = BatchRuleSet.Compile(checks, fuseScans: false);
        _scored = new List<ScoredEntry>();
        foreach (var entry in SyntheticRegister.Generate(Size).Current)
        {
            _scored.Add(new ScoredEntry(entry, policy.HigherIsBetter(entry.Kind)));
        }

        if (_fused.Scans[0] is not { Strata: 6 })
        {
            throw new System.InvalidOperationException("The six checks were not fused into one pass.");
        }

        if (Fused() != OneByOne())
        {
            throw new System.InvalidOperationException("The fused checks found other findings than the checks run one by one.");
        }
    }

    /// <summary>The six checks, one pass over the entries for each.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark(Baseline = true)]
    public int OneByOne() => Fire(_oneByOne);

    /// <summary>The six checks in one pass over the entries.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int Fused() => Fire(_fused);

    private int Fire(BatchRuleSet rules)
    {
        var session = rules.CreateSession();
        session.InsertAll(_scored);
        session.Fire();
        return session.Query<Finding>().Count;
    }
}
