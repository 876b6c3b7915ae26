using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Kpi.Rules;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi.Rules;

public sealed class RagBandRuleTests
{
    [Fact]
    public void Fire_OnlyIndicatorsBandedByTarget_GetARagBand()
    {
        BatchSession session = RuleTestKit.Run(
            KpiTestIndicators.PapersAndRag,
            new[]
            {
                KpiObservation.Create("TEST-RAG-H", KpiPeriod.Ending(2017, 6), 91m),
                KpiObservation.Create("TEST-BRAG-L", KpiPeriod.Ending(2017, 6), 97m, target: 100m),
                RuleTestKit.Cpp(2017, 6, 52.5m),
            },
            new RagBandRule());

        var bands = session.Derived<PointBand>().OrderBy(b => b.Point.Index).ToList();

        Assert.Equal(new[] { "TEST-RAG-H:Green", "TEST-BRAG-L:Blue" }, bands.Select(b => b.Point.Indicator.Code + ":" + b.Assignment));
        Derivation why = session.Explain(bands[1])!;
        Assert.Equal("KPI RAG band", why.Rule.Name);
        Assert.StartsWith("002:447-449", why.Policy, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_ThresholdBandRule_LeavesIndicatorsBandedByTargetAlone()
    {
        // The two band rules split the indicators between them: each point gets exactly one PointBand.
        BatchSession session = RuleTestKit.Run(
            KpiTestIndicators.PapersAndRag,
            new[] { KpiObservation.Create("TEST-RAG-H", KpiPeriod.Ending(2017, 6), 80m), RuleTestKit.Cpp(2017, 6, 52.5m) },
            new RagBandRule(),
            new BandObservationRule());

        Assert.Equal(new[] { "Red", "Requires Improvement" }, session.Derived<PointBand>().OrderBy(b => b.Point.Index).Select(b => b.Assignment.ToString()));
    }
}
