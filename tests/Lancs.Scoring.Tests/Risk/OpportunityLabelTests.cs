using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>An opportunity's impact is shown with the opportunity wording of the Key to Scores: its top row reads Outstanding,
/// never a risk's Catastrophic (000:1559); the other rows keep their names, as the grid prints no other opportunity label.</summary>
public sealed class OpportunityLabelTests
{
    [Theory]
    [InlineData(1, "Insignificant", "Insignificant")]
    [InlineData(2, "Minor", "Minor")]
    [InlineData(3, "Moderate", "Moderate")]
    [InlineData(4, "Major", "Major")]
    [InlineData(5, "Catastrophic", "Outstanding")]
    public void LabelFor_EachRow_OnlyTheTopRowDiffersForAnOpportunity(int value, string risk, string opportunity)
    {
        Impact impact = Impact.FromValue(value);

        Assert.Equal(risk, impact.LabelFor(RegisterKind.Risk));
        Assert.Equal(opportunity, impact.LabelFor(RegisterKind.Opportunity));
    }

    [Fact]
    public void MatrixCellToString_TopRowOfAnOpportunity_ReadsOutstanding()
    {
        MatrixCell cell = RiskMatrix.CellOf(Impact.Catastrophic, Likelihood.Likely);

        Assert.Equal("Outstanding x Likely = 20", cell.ToString(RegisterKind.Opportunity));
        Assert.Equal("Catastrophic x Likely = 20", cell.ToString(RegisterKind.Risk));
        Assert.Equal("Catastrophic x Likely = 20", cell.ToString());
    }

    [Fact]
    public void AssessmentToString_ByKind_UsesTheKindsLabelAndKeepsTheNote()
    {
        Assert.True(Assessment.TryParse("5x4 (after the new bid)", out Assessment? assessment, out string? error), error);

        Assert.Equal("20 (Outstanding x Likely) (after the new bid)", assessment!.ToString(RegisterKind.Opportunity));
        Assert.Equal("20 (Catastrophic x Likely) (after the new bid)", assessment.ToString(RegisterKind.Risk));
        Assert.Equal("16", Assessment.FromScore(RiskScore.FromValue(16)).ToString(RegisterKind.Opportunity));
    }

    [Fact]
    public void RenderKeyToScores_Opportunity_PrintsOutstandingAndTheRiskRowNamesBelowIt()
    {
        string[] rows = RiskMatrix.RenderKeyToScores(RegisterKind.Opportunity).Split('\n');

        Assert.StartsWith("OUTSTANDING", rows[2]);
        Assert.StartsWith("MAJOR", rows[3]);
        Assert.StartsWith("INSIGNIFICANT", rows[6]);
        Assert.DoesNotContain("CATASTROPHIC", RiskMatrix.RenderKeyToScores(RegisterKind.Opportunity));
    }
}
