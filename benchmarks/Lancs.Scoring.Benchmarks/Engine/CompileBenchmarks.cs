using BenchmarkDotNet.Attributes;
using Lancs.Scoring.Engine;

namespace Lancs.Scoring.Benchmarks.Engine;

/// <summary>The one-off cost of compiling a rule set, measured apart from evaluation.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Engine")]
public class CompileBenchmarks
{
    /// <summary>Compiles the join rule: reading Define, classifying conditions, compiling delegates.</summary>
    [Benchmark]
    public int CompileJoinRule() => BatchRuleSet.Compile(RuleDefinitions.Create(new NRules.Fluent.Dsl.Rule[] { new EqualityJoinRule() })).Rules.Count;
}
