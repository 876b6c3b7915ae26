using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Lancs.Scoring.Tests.Engine.Reference;

/// <summary>Random small rule sets over A, B (inserted) and C, D (derived), layered so that C-rules read only A and B and
/// D-rules read A, B and C: every set compiles, and derived facts feed later rules.</summary>
public static class EngineArbitraries
{
    public static Arbitrary<EngineScenario> Scenario() => Arb.From(ScenarioGen());

    private static Gen<EngineScenario> ScenarioGen() =>
        from ruleCount in Gen.Choose(1, 5)
        from outputs in Gen.ListOf(Gen.Elements('C', 'D'), ruleCount)
        from specs in Gen.CollectToList(outputs.Select((output, i) => RuleGen(i, output)))
        from facts in Gen.ListOf(FactGen()).Select(l => l.Take(14).ToList())
        select new EngineScenario(specs.ToList(), facts);

    private static Gen<RuleSpec> RuleGen(int index, char output)
    {
        var inputs = output == 'C' ? new[] { 'A', 'B' } : new[] { 'A', 'B', 'C' };
        return from first in Gen.Elements(inputs)
               from hasMin in Gen.Elements(true, false)
               from min in Gen.Choose(0, 6)
               from hasSecond in Gen.Elements(true, false)
               from second in Gen.Elements(inputs)
               from joinKind in Gen.Elements(JoinKind.Cross, JoinKind.Key, JoinKind.Residual, JoinKind.KeyAndResidual)
               from offset in Gen.Choose(-3, 3)
               from hasQuantifier in Gen.Elements(true, false, false)
               from quantified in Gen.Elements(inputs)
               from negated in Gen.Elements(true, false)
               from byKey in Gen.Elements(true, true, false)
               from quantifierMin in Gen.Choose(0, 6)
               from priority in Gen.Choose(0, 2)
               select new RuleSpec(index, first, hasMin ? min : null, hasSecond ? second : null, joinKind, offset,
                   hasQuantifier ? quantified : null, negated, byKey, quantifierMin, output, priority);
    }

    private static Gen<KeyValue> FactGen() =>
        from isA in Gen.Elements(true, false)
        from key in Gen.Choose(0, 3)
        from value in Gen.Choose(0, 9)
        select isA ? (KeyValue)new A(key, value) : new B(key, value);
}
