using System;

namespace Lancs.Scoring.Benchmarks;

/// <summary>The CI smoke run (<c>benchmarks/smoke.sh</c>): every benchmark once, at its smallest size, to prove it still runs.</summary>
public static class Smoke
{
    /// <summary>Gets whether the environment variable <c>LANCS_BENCH_SMOKE</c> is 1.</summary>
    public static bool IsOn => Environment.GetEnvironmentVariable("LANCS_BENCH_SMOKE") == "1";
}
