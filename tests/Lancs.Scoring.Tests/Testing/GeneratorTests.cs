using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Testing;
using Xunit;

namespace Lancs.Scoring.Tests.Testing;

/// <summary>The generators make what they say and shrink towards smaller values; not laws, but what keeps the laws honest.</summary>
public sealed class GeneratorTests
{
    private static readonly Rnd Seed = new(20261201UL);

    [Fact]
    public void Registers_ShrinkByDroppingEntriesThenLoweringScores()
    {
        var register = new GeneratedRegister(new[] { (true, 25, 16), (false, 12, 9) });

        var candidates = RegisterArbitraries.Registers().Shrinker(register).ToList();

        Assert.Equal("CR1 12/9", candidates[0].ToString().Replace("CO", "CR"));
        Assert.Equal("CR1 25/16", candidates[1].ToString());
        Assert.All(candidates, c => Assert.True(c.Rows.Count < 2 || c.Rows.Sum(r => r.Inherent + r.Residual + (r.IsRisk ? 0 : 1)) < 25 + 16 + 12 + 9 + 1));
    }

    [Fact]
    public void TwoQuarters_HaveRepeatsMovesAndMissingResiduals()
    {
        var runs = RegisterArbitraries.TwoQuarterGen.Sample(200, Seed, 50).ToList();

        Assert.Contains(runs, r => r.Previous is null);
        Assert.Contains(runs, r => r.Current.GroupBy(e => (e.IsRisk, e.Number)).Any(g => g.Count() > 1));
        Assert.Contains(runs, r => r.Current.Any(e => e.Residual is null));
        Assert.Contains(runs, r => r.Previous is { } p && r.Current.Any(c => p.Any(e => e.IsRisk == c.IsRisk && e.Number == c.Number && e.Subject != c.Subject)));
        Assert.Contains(runs, r => r.Previous is { } p && r.Current.Any(c => p.Any(e => e.IsRisk == c.IsRisk && e.Number == c.Number && e.Subject == c.Subject)));
    }

    [Fact]
    public void TwoQuarters_ShrinkFirstByDroppingThePreviousQuarter()
    {
        var run = RegisterArbitraries.TwoQuarterGen.Sample(50, Seed, 30).First(r => r.Previous is not null && r.Current.Count > 0);

        var first = RegisterArbitraries.TwoQuarters().Shrinker(run).First();

        Assert.Null(first.Previous);
        Assert.Equal(run.Current.Count, first.Current.Count);
    }

    [Fact]
    public void Rows_AreAllAccepted_AndHostileRowsAllRejectedOnTheirField()
    {
        var scorer = new RegisterScorer();
        var quarter = Quarter.Parse("2017/18 Q2");
        var rows = RegisterArbitraries.RowGen.Sample(300, Seed, 20).ToList();
        var hostile = RegisterArbitraries.HostileRowGen.Sample(300, Seed, 20).ToList();

        Assert.All(rows, row => Assert.Empty(scorer.Rescore(quarter, new[] { row }).Rejections));
        Assert.All(hostile, h =>
        {
            var rejections = scorer.Rescore(quarter, new[] { h.Row }).Rejections;
            Assert.True(rejections.Count == 1 && rejections[0].Field == h.BrokenField, $"{h}: {string.Join("; ", rejections)}");
        });
        Assert.Equal(new[] { "description", "id", "inherent", "kind", "residual", "target" }, hostile.Select(h => h.BrokenField).Distinct().OrderBy(f => f));
    }

    [Fact]
    public void Scores_ShrinkToLowerScores_AndCellsToBareScores()
    {
        Assert.Equal(new[] { 1, 2, 3, 4 }, RiskArbitraries.Scores().Shrinker(RiskScore.FromValue(5)).Select(s => s.Value));
        var cell = Assessment.Of(Impact.FromValue(3), Likelihood.FromValue(4));
        Assert.Equal(Assessment.FromScore(RiskScore.FromValue(12)), RiskArbitraries.Assessments().Shrinker(cell).First());
        Assert.Empty(RiskArbitraries.Cells().Shrinker(RiskMatrix.CellOf(Impact.FromValue(1), Likelihood.FromValue(1))));
    }

    [Fact]
    public void IndicatorValues_FallOnAndBesideThePapersThresholds()
    {
        var readings = KpiArbitraries.ValueGen(KpiCatalogue.Papers).Sample(500, Seed, 20).ToList();
        var onMark = readings.Count(r => KpiArbitraries.Marks(r.Indicator, r.England, r.Target).Contains(r.Value));
        var nearMark = readings.Count(r => KpiArbitraries.Marks(r.Indicator, r.England, r.Target).Any(m => System.Math.Abs(m - r.Value) <= 1m));

        Assert.True(onMark > 30 && nearMark > 150, $"{onMark} of 500 readings fell on a threshold or target, {nearMark} within 1 of one");
        Assert.True(readings.Select(r => r.Indicator.Code).Distinct().Count() > 5);
    }
}
