using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Lancs.Scoring.Benchmarks;

/// <summary>The job for benchmarks whose largest size takes seconds per operation (the 1,000,000-entry re-score; the core
/// rules in NRules at 10,000 entries): one launch, and by default two warm-up and five measured iterations. In the CI smoke
/// run it adds no job, so the command line's dry job is the only one.</summary>
/// <remarks>The rules' benchmarks against their baselines (register, KPI, complaints) ask for fifteen and fifteen. With two
/// and five, the rules at 10,000 entries took 26 to 38 ms (2.12x and 2.36x the baseline); with fifteen and fifteen, 24.57 ms
/// (1.37x, RatioSD 0.08), as in the paired runs (1.44x to 1.52x): their code had not finished warming up
/// (docs/benchmarks.md, sixth pass). The NRules benchmarks keep the default: their idiomatic join takes seconds at 10,000.</remarks>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LargeRegisterJobAttribute : Attribute, IConfigSource
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="warmupCount">The warm-up iterations.</param>
    /// <param name="iterationCount">The measured iterations.</param>
    public LargeRegisterJobAttribute(int warmupCount = 2, int iterationCount = 5)
    {
        Config = Smoke.IsOn
            ? ManualConfig.CreateEmpty()
            : ManualConfig.CreateEmpty().AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(warmupCount).WithIterationCount(iterationCount));
    }

    /// <summary>Gets the configuration.</summary>
    public IConfig Config { get; }
}
