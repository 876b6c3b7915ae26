using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Lancs.Scoring.Benchmarks;

/// <summary>The job for benchmarks whose slowest case takes a minute or more per operation (the full re-score in an NRules
/// session at 10,000 entries): one launch, four warm-up and three measured iterations. Four warm-ups, because at 1,000
/// entries an NRules operation takes about a second and only settles (tiered compilation) after about five operations;
/// at 10,000 entries the first operation is already warm. In the CI smoke run it adds no job, so the command line's dry
/// job is the only one.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NRulesJobAttribute : Attribute, IConfigSource
{
    /// <summary>Creates the attribute.</summary>
    public NRulesJobAttribute()
    {
        Config = Smoke.IsOn
            ? ManualConfig.CreateEmpty()
            : ManualConfig.CreateEmpty().AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(4).WithIterationCount(3));
    }

    /// <summary>Gets the configuration.</summary>
    public IConfig Config { get; }
}
