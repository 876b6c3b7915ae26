using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Kpi.Rules;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi.Rules;

public sealed class ComparatorRuleTests
{
    [Fact]
    public void Fire_OnlyObservationsWithComparators_GetVerdicts()
    {
        var withEngland = KpiObservation.Create("CPMR18-460-RATE", KpiPeriod.Ending(2018, 3), 50.4m, new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = 43.3m });
        var without = KpiObservation.Create("CPMR18-460-RATE", KpiPeriod.Ending(2017, 3), 57.5m);

        BatchSession session = RuleTestKit.Run(new[] { withEngland, without }, new ComparatorRule());

        PointComparisons comparisons = Assert.Single(session.Derived<PointComparisons>());
        Assert.Same(withEngland, comparisons.Point.Observation);
        Assert.Equal(ComparatorVerdict.Worse, comparisons.Comparisons.Single().Verdict); // 50.4 vs 43.3, lower is better (002:460)
    }
}
