using BenchmarkDotNet.Attributes;
using Lancs.Scoring.Benchmarks.Data;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register;

/// <summary>The NRules column: the full two-quarter re-score of <see cref="RegisterRescoreBenchmarks"/>, the same register
/// rules run in an NRules 1.0.4 Rete session, at the sizes NRules can finish.</summary>
/// <remarks>Three columns on the same synthetic register, each a whole <see cref="RegisterScorer.RescoreEntries"/> (or the
/// hand-written equivalent): the hand-written baseline, the batch engine (<c>new RegisterScorer()</c>) and the NRules session
/// (<c>new RegisterScorer(null, RuleRuntime.NRules)</c>, which also puts NRules' facts in the batch engine's order so that
/// the results are equal). NRules joins by nested loops (NRules issue #201), so its two-quarter join by id and the other
/// id joins grow with the square of the register. Setup checks that the batch result agrees with the hand-written one and
/// the NRules result with the batch one, so a figure of wrong results cannot be published.</remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Register")]
[NRulesJob]
public class NRulesRegisterBenchmarks
{
    private RegisterScorer _batch = null!;
    private RegisterScorer _nrules = null!;
    private SyntheticRegister _register = null!;

    /// <summary>Gets or sets the number of entries this quarter (the previous quarter has about as many).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>Gets the sizes: 1,000, 2,000, 5,000 and 10,000 entries, or 200 for the CI smoke run.</summary>
    public static int[] Sizes => Smoke.IsOn ? new[] { 200 } : new[] { 1_000, 2_000, 5_000, 10_000 };

    /// <summary>Compiles the rules for both runtimes, generates the register from the fixed seed and checks that the batch
    /// engine agrees with the hand-written baseline.</summary>
    [GlobalSetup(Targets = new[] { nameof(HandWritten), nameof(Batch) })]
    public void Setup()
    {
        _batch = new RegisterScorer();
        _nrules = new RegisterScorer(null, RuleRuntime.NRules);
        _register = SyntheticRegister.Generate(Size);
        RegisterAgreement.Check(Batch(), HandWritten());
    }

    /// <summary>As <see cref="Setup"/>, and checks that the NRules session agrees with the batch engine (one NRules
    /// re-score, which at 10,000 entries takes minutes, so only before the NRules column).</summary>
    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules()
    {
        Setup();
        RegisterAgreement.Check(Batch(), NRules(), "the NRules session");
    }

    /// <summary>The hand-written re-score.</summary>
    [Benchmark(Baseline = true)]
    public RegisterResult HandWritten() =>
        HandWrittenRegister.Rescore(_batch.Policy, _register.Quarter, _register.Current, _register.PreviousQuarter, _register.Previous);

    /// <summary>The re-score through the register rules in the batch engine.</summary>
    [Benchmark]
    public RegisterResult Batch() =>
        _batch.RescoreEntries(_register.Quarter, _register.Current, _register.PreviousQuarter, _register.Previous);

    /// <summary>The re-score through the same register rules in an NRules session.</summary>
    [Benchmark]
    public RegisterResult NRules() =>
        _nrules.RescoreEntries(_register.Quarter, _register.Current, _register.PreviousQuarter, _register.Previous);
}
