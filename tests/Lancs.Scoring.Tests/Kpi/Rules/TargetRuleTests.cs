using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Kpi.Rules;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi.Rules;

public sealed class TargetRuleTests
{
    [Fact]
    public void Fire_IndicatorTarget_JudgesEveryPeriodAndSkipsIndicatorsWithout()
    {
        // 002:585 BCF admissions target 1795, lower is better: 1,795 (2016/17) and 1,761 (2017/18) both achieve it.
        BatchSession session = RuleTestKit.Run(
            new[]
            {
                KpiObservation.Create("CPMR18-569", KpiPeriod.Ending(2017, 3), 1795m),
                KpiObservation.Create("CPMR18-569", KpiPeriod.Ending(2018, 3), 1761m),
                RuleTestKit.Cpp(2017, 6, 52.5m),
            },
            new TargetRule());

        var targets = session.Derived<PointTarget>();

        Assert.Equal(2, targets.Count);
        Assert.All(targets, t => Assert.Equal(TargetAttainment.Achieved, t.Attainment));
    }
}
