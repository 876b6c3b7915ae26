using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Kpi.Rules;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi.Rules;

public sealed class LongTermDirectionRuleTests
{
    [Fact]
    public void Fire_CppRate_ComparesWithTheSameQuarterAYearEarlier()
    {
        // 000:1636: 52.5 at Q1 2017/18 "was an improvement on the position at the end of quarter one 2016/17 (... 65.2 ...)";
        // the short-term direction is against Q4 2016/17 (57.5).
        BatchSession session = RuleTestKit.Run(
            new[] { RuleTestKit.Cpp(2017, 6, 52.5m), RuleTestKit.Cpp(2016, 6, 65.2m), RuleTestKit.Cpp(2017, 3, 57.5m) },
            new LongTermDirectionRule());

        PointLongTermDirection direction = Assert.Single(session.Derived<PointLongTermDirection>());

        Assert.Equal(KpiDirection.Improved, direction.Direction);
        Assert.Equal((2017, 6), (direction.Point.Observation.Period.EndYear, direction.Point.Observation.Period.EndMonth));
        Assert.Equal(65.2m, direction.YearEarlier.Observation.Value);
        Derivation why = session.Explain(direction)!;
        Assert.Equal("KPI long-term direction of travel", why.Rule.Name);
        Assert.StartsWith("000:1636", why.Policy, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_MuseumVisits_DownOnTheYearWhileUpOnTheQuarter()
    {
        // 000:1656: 70,861 in Q1 2016/17 to 70,140 in Q1 2017/18, "a significant increase on the Q4 2016/17 number of 40,675".
        var catalogue = KpiCatalogue.Papers.With(new[] { Indicator.CreateDataOnly("MUSEUM-VISITS", "Number of visits to museums", KpiUnit.Count, Polarity.HigherIsBetter) });
        var scorer = new KpiScorer(catalogue);

        KpiResult result = scorer.Score(new[]
        {
            KpiObservation.Create("MUSEUM-VISITS", KpiPeriod.Ending(2016, 6), 70861m),
            KpiObservation.Create("MUSEUM-VISITS", KpiPeriod.Ending(2017, 3), 40675m),
            KpiObservation.Create("MUSEUM-VISITS", KpiPeriod.Ending(2017, 6), 70140m),
        }).Results.Last();

        Assert.Equal((KpiDirection.Improved, KpiDirection.Worsened), (result.Direction, result.LongTermDirection));
        Assert.Equal(KpiPeriod.Ending(2016, 6), result.YearEarlierPeriod);
    }

    [Fact]
    public void Fire_NoPeriodExactlyAYearEarlier_NoLongTermDirection()
    {
        BatchSession session = RuleTestKit.Run(new[] { RuleTestKit.Cpp(2017, 6, 52.5m), RuleTestKit.Cpp(2016, 9, 60m) }, new LongTermDirectionRule());

        Assert.Empty(session.Derived<PointLongTermDirection>());
    }
}
