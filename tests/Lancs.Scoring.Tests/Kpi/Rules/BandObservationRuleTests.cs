using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Kpi.Rules;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi.Rules;

public sealed class BandObservationRuleTests
{
    [Fact]
    public void Fire_EachObservation_GetsExactlyOneAssignment()
    {
        BatchSession session = RuleTestKit.Run(new[] { RuleTestKit.Cpp(2017, 6, 52.5m), RuleTestKit.Cpp(2017, 3, null) }, new BandObservationRule());

        var bands = session.Derived<PointBand>();

        Assert.Equal(2, bands.Count);
        Assert.Equal(new[] { "Requires Improvement", "NoValue" }, bands.OrderBy(b => b.Point.Index).Select(b => b.Assignment.ToString()));
    }

    [Fact]
    public void Explain_BandedObservation_CitesThePolicyAndTheObservation()
    {
        BatchSession session = RuleTestKit.Run(new[] { RuleTestKit.Cpp(2017, 6, 52.5m) }, new BandObservationRule());
        PointBand band = session.Derived<PointBand>().Single();

        Derivation why = session.Explain(band)!;

        Assert.Equal("KPI band", why.Rule.Name);
        Assert.StartsWith("000:1626", why.Policy, System.StringComparison.Ordinal);
        Assert.Same(band.Point, Assert.Single(why.Sources));
    }
}
