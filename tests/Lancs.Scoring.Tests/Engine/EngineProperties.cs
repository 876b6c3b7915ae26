using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Lancs.Scoring.Tests.Engine.Reference;

namespace Lancs.Scoring.Tests.Engine;

public sealed class EngineProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EngineArbitraries) })]
    public Property Fire_RandomRulesAndFacts_DerivesWhatTheNaiveEvaluatorDerives(EngineScenario scenario)
    {
        var definitions = scenario.Definitions();
        var ruleSet = BatchRuleSet.Compile(definitions);
        var session = ruleSet.CreateSession();
        session.InsertAll(scenario.Facts);
        session.Fire();

        var engine = session.Query<KeyValue>()
            .Select(fact => (fact, why: session.Explain(fact)))
            .Where(d => d.why is not null)
            .Select(d => $"{d.why!.Rule.Name}|{d.fact}|{string.Join(", ", d.why.Sources)}")
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToList();
        var reference = NaiveEvaluator.Run(definitions, scenario.Facts).OrderBy(s => s, System.StringComparer.Ordinal).ToList();

        return engine.SequenceEqual(reference).Label($"engine {engine.Count} facts, reference {reference.Count}");
    }

    [Property(MaxTest = 1000)]
    public bool Fire_TransitiveClosureOfRandomEdges_EqualsReachabilityByNestedLoops((byte From, byte To)[] edges)
    {
        var nodes = edges.Select(e => new Edge(e.From % 6, e.To % 6)).ToList();
        var session = Batch.Compile(new EdgeToPath(), new PathThroughEdge()).CreateSession();
        session.InsertAll(nodes);
        session.Fire();

        var reachable = new HashSet<(int, int)>(nodes.Select(e => (e.From, e.To)));
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (from, via) in reachable.ToList())
            {
                foreach (var edge in nodes.Where(e => e.From == via))
                {
                    changed |= reachable.Add((from, edge.To));
                }
            }
        }

        // Facts are a bag: two equal edges yield two equal paths from the non-recursive first rule, so compare as sets.
        return reachable.SetEquals(session.Query<Path>().Select(p => (p.From, p.To)));
    }

    private sealed class EdgeToPath : Rule
    {
        public override void Define()
        {
            Edge edge = null!;
            When().Match(() => edge);
            Then().Yield(_ => new Path(edge.From, edge.To));
        }
    }

    private sealed class PathThroughEdge : Rule
    {
        public override void Define()
        {
            Path path = null!;
            Edge edge = null!;
            When().Match(() => path).Match(() => edge, e => e.From == path.To);
            Then().Yield(_ => new Path(path.From, edge.To));
        }
    }
}
