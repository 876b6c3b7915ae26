using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Lancs.Scoring.Tests.Engine.Reference;
using Xunit;

namespace Lancs.Scoring.Tests.Engine;

/// <summary>Laws of fused scans (issue 15): consecutive single-pattern rules over one list matched in one pass derive the
/// same facts, in the same order, with the same explanations, as the same rules scanning the list one after another.</summary>
public sealed class FusedScanProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EngineArbitraries) })]
    public Property Fused_DerivesWhatTheRulesDeriveOneAfterAnother(EngineScenario scenario)
    {
        var definitions = scenario.Definitions();
        var fused = BatchRuleSet.Compile(definitions, fuseScans: true);
        var oneByOne = BatchRuleSet.Compile(definitions, fuseScans: false);
        var expected = Derived(oneByOne, scenario.Facts);
        var actual = Derived(fused, scenario.Facts);
        return actual.SequenceEqual(expected)
            .Label($"fused {actual.Count} facts, one by one {expected.Count}")
            .Classify(fused.Scans.Any(scan => scan is not null), "a scan was fused");
    }

    [Property(MaxTest = 500)]
    public Property Fused_ChecksOfOneList_DeriveWhatTheyDeriveOneByOne((byte Min, bool ToD, byte Priority)[] checks, (bool IsA, byte Key, byte Value)[] facts)
    {
        // Single-pattern rules over A, each with its own threshold, yielding C or D: the shape the register's checks of a
        // scored entry have, so that (unlike the general scenarios above) nearly every rule set fuses.
        var specs = checks.Take(6).Select((c, i) => new RuleSpec(i, 'A', c.Min % 8 == 7 ? null : c.Min % 8, null, JoinKind.Cross, 0, null, false, false, 0,
            c.ToD ? 'D' : 'C', c.Priority % 2)).ToList();
        var inserted = facts.Take(20).Select(f => f.IsA ? (KeyValue)new A(f.Key % 4, f.Value % 10) : new B(f.Key % 4, f.Value % 10)).ToList();
        var definitions = RuleDefinitions.Create(specs.Select(spec => new GeneratedRule(spec)));
        var fused = BatchRuleSet.Compile(definitions, fuseScans: true);
        var expected = Derived(BatchRuleSet.Compile(definitions, fuseScans: false), inserted);
        var actual = Derived(fused, inserted);
        return actual.SequenceEqual(expected)
            .Label($"fused {actual.Count} facts, one by one {expected.Count}")
            .Classify(fused.Scans.Any(scan => scan is not null), "a scan was fused");
    }

    [Fact]
    public void RegisterRules_FuseTheirChecksOfOneScoredEntry()
    {
        var rules = BatchRuleSet.Compile(RuleDefinitions.Create(RegisterRules.For(ScoringPolicy.Default)));

        var fused = rules.Scans.Select((scan, s) => (scan, s)).Where(p => p.scan is not null)
            .Select(p => string.Join(", ", rules.Strata.Skip(p.s).Take(p.scan!.Strata).Select(stratum => stratum.Rules[0].Definition.Name)))
            .ToList();

        Assert.Equal(new[]
        {
            "Corporate register inclusion, Below threshold: service register",
            "Mixed stated direction, Residual on the wrong side of inherent, Missing residual, Residual meets target, Target on the wrong side of residual, Outside risk appetite",
        }, fused);
    }

    /// <summary>Every fact of the session in list order, with the rule and sources that derived it.</summary>
    private static List<string> Derived(BatchRuleSet rules, IReadOnlyList<KeyValue> facts)
    {
        var session = rules.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        return session.Query<KeyValue>()
            .Select(fact => (fact, why: session.Explain(fact)))
            .Select(d => $"{d.fact}|{d.why?.Rule.Name}|{(d.why is null ? string.Empty : string.Join(", ", d.why.Sources))}")
            .ToList();
    }
}
