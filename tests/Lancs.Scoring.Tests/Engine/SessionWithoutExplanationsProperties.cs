using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Tests.Engine.Reference;

namespace Lancs.Scoring.Tests.Engine;

/// <summary>Laws of a session that keeps no derivations (issue 15; the KPI and complaint scorers run one, as their results
/// carry no explanations): it fires as often and derives the same facts in the same order as a session that explains, and
/// it refuses to explain rather than answer wrongly.</summary>
public sealed class SessionWithoutExplanationsProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EngineArbitraries) })]
    public Property WithoutExplanations_DerivesWhatAnExplainingSessionDerives(EngineScenario scenario)
    {
        var rules = BatchRuleSet.Compile(scenario.Definitions());
        var explaining = rules.CreateSession();
        var silent = rules.CreateSession(explains: false);
        var firedExplaining = Fire(explaining, scenario.Facts);
        var firedSilent = Fire(silent, scenario.Facts);
        var expected = explaining.Query<KeyValue>().Select(fact => fact.ToString()).ToList();
        var actual = silent.Query<KeyValue>().Select(fact => fact.ToString()).ToList();
        var refuses = actual.Count == 0 || Refuses(silent, silent.Query<KeyValue>()[0]);
        return (firedSilent == firedExplaining && actual.SequenceEqual(expected) && refuses)
            .Label($"fired {firedSilent} against {firedExplaining}; {actual.Count} facts against {expected.Count}; refuses to explain: {refuses}")
            .Classify(expected.Count > scenario.Facts.Count, "facts were derived");
    }

    private static int Fire(BatchSession session, IReadOnlyList<KeyValue> facts)
    {
        session.InsertAll(facts);
        return session.Fire();
    }

    private static bool Refuses(BatchSession session, KeyValue fact)
    {
        try
        {
            session.Explain(fact);
            return false;
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message.Contains("without explanations", StringComparison.Ordinal);
        }
    }
}
