using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Kpi.Rules;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi.Rules;

public sealed class DirectionOfTravelRuleTests
{
    [Fact]
    public void Fire_ThreePeriods_ComparesEachWithItsPredecessor()
    {
        // 65.2 (Q1 16/17) -> 57.5 (Q4 16/17) -> 52.5 (Q1 17/18): a falling CPP rate is an improvement (000:1636)
        BatchSession session = RuleTestKit.Run(
            new[] { RuleTestKit.Cpp(2017, 6, 52.5m), RuleTestKit.Cpp(2016, 6, 65.2m), RuleTestKit.Cpp(2017, 3, 57.5m) },
            new DirectionOfTravelRule());

        var directions = session.Derived<PointDirection>();

        Assert.Equal(2, directions.Count);
        Assert.All(directions, d => Assert.Equal(KpiDirection.Improved, d.Direction));
        Assert.Equal(new[] { 2017, 2017 }, directions.Select(d => d.Point.Observation.Period.EndYear));
    }
}
