using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Testing;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

public sealed class HeatMapTests
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool Count_AnyAssessments_CellsPlusUnplacedEqualTotalEqualSumByScore(Assessment[] assessments)
    {
        HeatMap map = HeatMap.Count(assessments);
        int cells = Impact.List.Sum(i => Likelihood.List.Sum(l => map[i, l]));
        int byScore = RiskScore.All.Sum(map.CountOfScore);
        return cells + map.Unplaced == map.Total && map.Total == byScore && map.Total == assessments.Length;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool Count_AnyAssessments_AgreesWithNaiveCounting(Assessment[] assessments)
    {
        HeatMap map = HeatMap.Count(assessments);
        bool cellsAgree = Impact.List.All(i => Likelihood.List.All(l =>
            map[i, l] == assessments.Count(a => a.Impact == i && a.Likelihood == l)));
        bool scoresAgree = RiskScore.All.All(s => map.CountOfScore(s) == assessments.Count(a => a.Score == s));
        return cellsAgree && scoresAgree && map.Unplaced == assessments.Count(a => a.Impact is null);
    }

    [Fact]
    public void Count_Nothing_IsAllZero()
    {
        HeatMap map = HeatMap.Count(new List<Assessment>());

        Assert.Equal((0, 0), (map.Total, map.Unplaced));
        Assert.EndsWith("By score: none; unplaced (score only): 0; total: 0", map.Render());
    }

    [Fact]
    public void Render_PlacedAndBare_ShowsGridAndByScoreLine()
    {
        HeatMap map = HeatMap.Count(new[]
        {
            Assessment.Of(Impact.Major, Likelihood.Likely),
            Assessment.Of(Impact.Major, Likelihood.Likely),
            Assessment.FromScore(RiskScore.FromValue(12)),
        });

        string[] lines = map.Render().Split('\n');

        Assert.Equal("Heat map (entries per cell)", lines[0]);
        Assert.Equal(new[] { "MAJOR", "0", "0", "0", "2", "0" }, lines[2].Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("By score: 12: 1, 16: 2; unplaced (score only): 1; total: 3", lines[7]);
    }

    [Fact]
    public void Count_TranscribedResiduals_AreAllUnplacedBecauseThePapersPrintOnlyNumbers()
    {
        foreach ((string _, string file) in RegisterData.Registers)
        {
            var table = RegisterData.Load(file);
            List<Assessment> residuals = table.Rows.Select(r => Parse(table.Get(r, "residual"))).ToList();

            HeatMap map = HeatMap.Count(residuals);

            Assert.Equal(table.Rows.Count, map.Total);
            Assert.Equal(map.Total, map.Unplaced);
            Assert.All(RiskScore.All, s => Assert.Equal(residuals.Count(a => a.Score == s), map.CountOfScore(s)));
        }
    }

    private static Assessment Parse(string cell)
    {
        Assert.True(Assessment.TryParse(cell, out Assessment? assessment, out string? error), error);
        return assessment!;
    }
}
