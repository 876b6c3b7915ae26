using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

/// <summary>The usage example of docs/kpi.md, run as written.</summary>
public sealed class KpiDocsExampleTests
{
    [Fact]
    public void Score_DocsUsageExample_GivesTheResultsTheDocsState()
    {
        var scorer = new KpiScorer(KpiCatalogue.Papers);
        KpiScoreReport report = scorer.Score(new[]
        {
            KpiObservation.Create("CPP-RATE", KpiPeriod.Ending(2017, 3, "Q4 2016/17"), 57.5m),
            KpiObservation.Create("CPP-RATE", KpiPeriod.FromQuarter(new Quarter(2017, 1)), 52.5m),
            KpiObservation.FromDouble("CLA-RATE", KpiPeriod.Ending(2017, 6), double.NaN),
        });

        Assert.Equal("Requires Improvement", report.Results[1].Band!.Name);
        Assert.Equal(BandMovement.MovedUp, report.Results[1].Movement);
        Assert.Equal(KpiDirection.Improved, report.Results[1].Direction);
        Assert.StartsWith("CLA-RATE @ 2017-06, value 'NaN': Indicator 'CLA-RATE': value 'NaN' is not a finite number;", report.Rejections[0].ToString(), System.StringComparison.Ordinal);
    }
}
