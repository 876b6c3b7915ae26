using System.Linq;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

/// <content>Bad input: each bad observation is one rejection naming the indicator and the value; the rest are scored.</content>
public sealed partial class KpiScorerTests
{
    [Theory]
    [InlineData("CLA-RATE", "NaN", "value", "Indicator 'CLA-RATE': value 'NaN' is not a finite number; give a number or leave the value empty.")]
    [InlineData("CLA-RATE", "Infinity", "value", "Indicator 'CLA-RATE': value 'Infinity' is not a finite number; give a number or leave the value empty.")]
    [InlineData("CLA-RATE", "-Infinity", "value", "Indicator 'CLA-RATE': value '-Infinity' is not a finite number; give a number or leave the value empty.")]
    [InlineData("CLA-PEP", "100.1", "value", "Indicator 'CLA-PEP': value 100.1 lies outside its bounds 0 to 100 (%).")]
    [InlineData("CPMR18-456-NUMBER", "-1", "value", "Indicator 'CPMR18-456-NUMBER': value -1 lies outside its bounds 0 to unbounded (count).")]
    [InlineData("NO-SUCH-KPI", "1", "indicator", "Indicator 'NO-SUCH-KPI' is not in the catalogue; check the code or add the indicator.")]
    public void Score_BadObservation_IsRejectedAndTheRestAreScored(string code, string value, string field, string reason)
    {
        KpiObservation bad = value.Contains("Infinity") || value == "NaN"
            ? KpiObservation.FromDouble(code, June2017, double.Parse(value, System.Globalization.CultureInfo.InvariantCulture))
            : KpiObservation.FromText(code, June2017, value);
        var good = KpiObservation.Create("CPP-RATE", June2017, 52.5m);

        KpiScoreReport report = Papers.Score(new[] { bad, good });

        Rejection rejection = Assert.Single(report.Rejections);
        Assert.Equal(code + " @ Q1 2017/18", rejection.Entry);
        Assert.Equal(field, rejection.Field);
        Assert.Equal(reason, rejection.Reason);
        Assert.Equal("CPP-RATE", Assert.Single(report.Results).Indicator.Code);
    }

    [Fact]
    public void Score_EmailAnsweredAbove100_IsAcceptedBecauseItsBoundIs200()
    {
        var email = KpiObservation.Create("CAS-EMAILS-ANSWERED-SOCIAL-CARE", KpiPeriod.Ending(2016, 3), 100.9m); // 001:1110

        KpiScoreReport report = Papers.Score(new[] { email });

        Assert.Empty(report.Rejections);
        Assert.Equal(BandStatus.NotBanded, report.Results.Single().Assignment.Status);
    }

    [Fact]
    public void Score_SamePeriodTwice_RejectsTheSecond()
    {
        var first = KpiObservation.Create("CPP-RATE", June2017, 52.5m);
        var second = KpiObservation.Create("CPP-RATE", KpiPeriod.Ending(2017, 6, "June 2017"), 53.0m);

        KpiScoreReport report = Papers.Score(new[] { first, second });

        Assert.Same(first, Assert.Single(report.Results).Observation);
        Assert.Equal("CPP-RATE @ June 2017, period 'June 2017': Indicator 'CPP-RATE' already has an observation for the period ending 2017-06; each period may appear once.", Assert.Single(report.Rejections).ToString());
    }

    [Fact]
    public void Score_ComparatorOutsideBounds_IsRejectedNamingTheComparator()
    {
        var observation = KpiObservation.Create("CLA-PEP", June2017, 91.0m, new System.Collections.Generic.Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = 101m });

        Rejection rejection = Assert.Single(Papers.Score(new[] { observation }).Rejections);

        Assert.Equal("comparator England", rejection.Field);
        Assert.Equal("Indicator 'CLA-PEP': the England average 101 lies outside the indicator's bounds 0 to 100.", rejection.Reason);
    }
}
