using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Testing;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

public sealed class RiskMatrixTests
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool CellsFor_EveryValidScore_HasAtLeastOneCellWithThatProduct(RiskScore score)
    {
        IReadOnlyList<MatrixCell> cells = RiskMatrix.CellsFor(score);
        return cells.Count >= 1 && cells.All(c => c.Score == score && c.Impact.Value * c.Likelihood.Value == score.Value);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool ScoreOf_EveryCell_IsAValidScoreListingThatCell(Impact impact, Likelihood likelihood)
    {
        RiskScore score = RiskMatrix.ScoreOf(impact, likelihood);
        return RiskScore.IsOnMatrix(impact.Value * likelihood.Value)
            && score.Value == impact.Value * likelihood.Value
            && RiskMatrix.CellsFor(score).Count(c => c.Impact == impact && c.Likelihood == likelihood) == 1;
    }

    [Theory]
    [InlineData(12, "Moderate x Likely = 12|Major x Possible = 12")]
    [InlineData(15, "Moderate x Certain = 15|Catastrophic x Possible = 15")]
    [InlineData(20, "Major x Certain = 20|Catastrophic x Likely = 20")]
    [InlineData(16, "Major x Likely = 16")]
    [InlineData(25, "Catastrophic x Certain = 25")]
    [InlineData(1, "Insignificant x Rare = 1")]
    public void CellsFor_Score_ListsItsDecompositionsByImpact(int score, string expected)
    {
        Assert.Equal(expected, string.Join("|", RiskMatrix.CellsFor(RiskScore.FromValue(score))));
    }

    [Fact]
    public void CellsFor_AllScores_CoverTheTwentyFiveCellsOnce()
    {
        Assert.Equal(25, RiskScore.All.SelectMany(RiskMatrix.CellsFor).Distinct().Count());
    }

    [Theory]
    [InlineData("key-to-scores-000.txt")]
    [InlineData("key-to-scores-001.txt")]
    [InlineData("key-to-scores-002.txt")]
    public void RenderKeyToScores_BothKinds_MatchThePrintedGridNumbers(string printedGrid)
    {
        int[][] printed = NumberRows(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Risk", printedGrid)));

        Assert.Equal(5, printed.Length);
        foreach (RegisterKind kind in new[] { RegisterKind.Risk, RegisterKind.Opportunity })
        {
            int[][] rendered = NumberRows(RiskMatrix.RenderKeyToScores(kind).Split('\n'));
            Assert.Equal(printed, rendered);
        }
    }

    [Fact]
    public void RenderKeyToScores_TopRow_UsesKindLabelAndLikelihoodsLast()
    {
        string[] risk = RiskMatrix.RenderKeyToScores(RegisterKind.Risk).Split('\n');
        string[] opportunity = RiskMatrix.RenderKeyToScores(RegisterKind.Opportunity).Split('\n');

        Assert.StartsWith("CATASTROPHIC", risk[2]);
        Assert.StartsWith("OUTSTANDING", opportunity[2]);
        Assert.StartsWith("INSIGNIFICANT", risk[6]);
        Assert.Equal(new[] { "RARE", "UNLIKELY", "POSSIBLE", "LIKELY", "CERTAIN" }, risk[7].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("LIKELIHOOD", risk[8].Trim());
    }

    private static int[][] NumberRows(IEnumerable<string> lines)
        => lines
            .Select(line => line.Split(new[] { '\t', ' ' }, StringSplitOptions.RemoveEmptyEntries)
                .Where(token => token.All(char.IsDigit))
                .Select(int.Parse)
                .ToArray())
            .Where(numbers => numbers.Length == 5)
            .ToArray();
}
