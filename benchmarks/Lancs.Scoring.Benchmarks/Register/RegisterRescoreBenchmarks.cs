using BenchmarkDotNet.Attributes;
using Lancs.Scoring.Benchmarks.Data;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register;

/// <summary>A full two-quarter re-score of a synthetic register, through the rules and by hand.</summary>
/// <remarks>Both produce a <see cref="RegisterResult"/>: scores, inclusion with reasons, the previous-quarter join by id,
/// direction, findings, changes and per-entry results with explanations available. Setup checks that they agree.
/// Few iterations, because one 1,000,000-entry operation takes about a second.</remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Register")]
[LargeRegisterJob(warmupCount: 15, iterationCount: 15)]
public class RegisterRescoreBenchmarks
{
    private RegisterScorer _scorer = null!;
    private SyntheticRegister _register = null!;

    /// <summary>Gets or sets the number of entries this quarter (the previous quarter has about as many).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>Gets the sizes: 10,000, 100,000 and 1,000,000 entries, or only the smallest for the CI smoke run.</summary>
    public static int[] Sizes => Smoke.IsOn ? new[] { 10_000 } : new[] { 10_000, 100_000, 1_000_000 };

    /// <summary>Compiles the rules, generates the register from the fixed seed and checks that both paths agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scorer = new RegisterScorer();
        _register = SyntheticRegister.Generate(Size);
        RegisterAgreement.Check(Rules(), HandWritten());
    }

    /// <summary>The hand-written re-score.</summary>
    [Benchmark(Baseline = true)]
    public RegisterResult HandWritten() =>
        HandWrittenRegister.Rescore(_scorer.Policy, _register.Quarter, _register.Current, _register.PreviousQuarter, _register.Previous);

    /// <summary>The re-score through the compiled register rules.</summary>
    [Benchmark]
    public RegisterResult Rules() =>
        _scorer.RescoreEntries(_register.Quarter, _register.Current, _register.PreviousQuarter, _register.Previous);
}
