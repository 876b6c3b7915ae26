using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Lancs.Scoring.Benchmarks;

/// <summary>The job for benchmarks whose largest size takes seconds per operation (the 1,000,000-entry re-score; the core
/// rules in NRules at 10,000 entries): one launch, two warm-up and five measured iterations. In the CI smoke run it adds no
/// job, so the command line's dry job is the only one.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LargeRegisterJobAttribute : Attribute, IConfigSource
{
    /// <summary>Creates the attribute.</summary>
    public LargeRegisterJobAttribute()
    {
        Config = Smoke.IsOn
            ? ManualConfig.CreateEmpty()
            : ManualConfig.CreateEmpty().AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5));
    }

    /// <summary>Gets the configuration.</summary>
    public IConfig Config { get; }
}
