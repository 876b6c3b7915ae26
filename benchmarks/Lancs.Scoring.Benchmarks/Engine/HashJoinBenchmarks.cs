using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Lancs.Scoring.Engine;

namespace Lancs.Scoring.Benchmarks.Engine;

/// <summary>An equality join of two fact sets of equal size, through the rules and by hand.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Engine")]
public class HashJoinBenchmarks
{
    private BatchRuleSet _rules = null!;
    private LeftFact[] _left = null!;
    private RightFact[] _right = null!;

    /// <summary>Gets or sets the number of facts on each side.</summary>
    [Params(100_000)]
    public int Size { get; set; }

    /// <summary>Builds the facts from a fixed seed: every left key has exactly one right partner, in shuffled order.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rules = BatchRuleSet.Compile(RuleDefinitions.Create(new NRules.Fluent.Dsl.Rule[] { new EqualityJoinRule() }));
        var random = new System.Random(20261122);
        _left = new LeftFact[Size];
        _right = new RightFact[Size];
        for (var i = 0; i < Size; i++)
        {
            _left[i] = new LeftFact("K" + i, i);
            _right[i] = new RightFact("K" + i, i);
        }

        for (var i = Size - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (_right[i], _right[j]) = (_right[j], _right[i]);
        }
    }

    /// <summary>The hand-written equivalent: a dictionary from key to right facts, probed per left fact.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var byKey = new Dictionary<string, List<RightFact>>(_right.Length);
        foreach (var right in _right)
        {
            if (!byKey.TryGetValue(right.Key, out var bucket))
            {
                byKey[right.Key] = bucket = new List<RightFact>(1);
            }

            bucket.Add(right);
        }

        var joined = new List<JoinedFact>(_left.Length);
        foreach (var left in _left)
        {
            if (byKey.TryGetValue(left.Key, out var bucket))
            {
                foreach (var right in bucket)
                {
                    joined.Add(new JoinedFact(left, right));
                }
            }
        }

        return joined.Count;
    }

    /// <summary>The same join through a session of the compiled rule set.</summary>
    [Benchmark]
    public int Rules()
    {
        var session = _rules.CreateSession();
        session.InsertAll(_left);
        session.InsertAll(_right);
        session.Fire();
        return session.Query<JoinedFact>().Count;
    }
}
