using FsCheck.Xunit;
using Lancs.Scoring.Testing;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

public sealed class AssessmentTests
{
    [Theory]
    [InlineData("16", 16)]
    [InlineData(" 12 ", 12)]
    [InlineData("1", 1)]
    [InlineData("25", 25)]
    public void TryParse_BareScore_HasScoreAndNoCell(string cell, int score)
    {
        Assert.True(Assessment.TryParse(cell, out Assessment? assessment, out string? error));
        Assert.Null(error);
        Assert.Equal(score, assessment!.Score.Value);
        Assert.Null(assessment.Impact);
        Assert.Null(assessment.Likelihood);
        Assert.Null(assessment.Note);
    }

    [Theory]
    [InlineData("4x4", 4, 4)]
    [InlineData("4 x 4", 4, 4)]
    [InlineData("4×4", 4, 4)]
    [InlineData("5 X 3", 5, 3)]
    [InlineData("Major x Likely", 4, 4)]
    [InlineData("moderate × certain", 3, 5)]
    [InlineData("Outstanding x Almost certain", 5, 5)]
    [InlineData("Minor x 1", 2, 1)]
    public void TryParse_ImpactTimesLikelihood_KnowsTheCell(string cell, int impact, int likelihood)
    {
        Assert.True(Assessment.TryParse(cell, out Assessment? assessment, out _));
        Assert.Equal(Assessment.Of(Impact.FromValue(impact), Likelihood.FromValue(likelihood)), assessment);
        Assert.Equal(impact * likelihood, assessment!.Score.Value);
    }

    [Fact]
    public void TryParse_ScoreWithNote_KeepsTextAfterTheNumber()
    {
        const string Cell = "20 (following Manchester and London terrorist attack May/June 2017 national JTAC threat level is \"severe\" an attack is highly likely.)";

        Assert.True(Assessment.TryParse(Cell, out Assessment? assessment, out _));
        Assert.Equal(20, assessment!.Score.Value);
        Assert.Equal(Cell.Substring(3), assessment.Note);
        Assert.Null(assessment.Impact);
    }

    [Theory]
    [InlineData("7", "7 is not on the 5x5 matrix; valid scores are 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25.")]
    [InlineData("0", "0 is not on the 5x5 matrix; valid scores are 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25.")]
    [InlineData("26", "26 is not on the 5x5 matrix; valid scores are 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25.")]
    [InlineData("99999999999", "99999999999 is not on the 5x5 matrix; valid scores are 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25.")]
    [InlineData("6x2", "'6' is not an impact; accepted: Insignificant, Minor, Moderate, Major, Catastrophic (Outstanding) or 1 to 5, written before the x.")]
    [InlineData("Major x Highly likely", "'Highly likely' is not a likelihood; accepted: Rare, Unlikely, Possible, Likely, Certain (Almost certain) or 1 to 5, written after the x.")]
    [InlineData("16/12", "'16/12' is not a score; expected a matrix score such as 16, impact x likelihood such as 4x4, 4 × 4 or Major x Likely, or a score followed by a note such as 20 (following …).")]
    [InlineData("high", "'high' is not a score; expected a matrix score such as 16, impact x likelihood such as 4x4, 4 × 4 or Major x Likely, or a score followed by a note such as 20 (following …).")]
    [InlineData("  ", "The score cell is empty; expected a matrix score such as 16, impact x likelihood such as 4x4, 4 × 4 or Major x Likely, or a score followed by a note such as 20 (following …).")]
    [InlineData(null, "The score cell is empty; expected a matrix score such as 16, impact x likelihood such as 4x4, 4 × 4 or Major x Likely, or a score followed by a note such as 20 (following …).")]
    public void TryParse_Invalid_ExplainsWhatWasFoundAndWhatIsAccepted(string? cell, string expected)
    {
        Assert.False(Assessment.TryParse(cell, out Assessment? assessment, out string? error));
        Assert.Null(assessment);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Equality_ComparesScoreCellAndNote()
    {
        RiskScore twelve = RiskScore.FromValue(12);

        Assert.Equal(Assessment.FromScore(twelve), Assessment.FromScore(twelve, "  "));
        Assert.NotEqual(Assessment.FromScore(twelve), Assessment.FromScore(twelve, "note"));
        Assert.NotEqual(Assessment.FromScore(twelve), Assessment.Of(Impact.Major, Likelihood.Possible));
        Assert.NotEqual(Assessment.Of(Impact.Moderate, Likelihood.Likely), Assessment.Of(Impact.Major, Likelihood.Possible));
        Assert.Equal(Assessment.Of(Impact.Major, Likelihood.Possible).GetHashCode(), Assessment.Of(Impact.Major, Likelihood.Possible).GetHashCode());
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RiskArbitraries) })]
    public bool TryParse_ToStringOfPlacedOrBareAssessment_RoundTripsScore(Assessment assessment)
    {
        string cell = assessment.Impact is null
            ? assessment.Score + (assessment.Note is null ? string.Empty : " " + assessment.Note)
            : assessment.Impact.Name + " x " + assessment.Likelihood!.Name;
        return Assessment.TryParse(cell, out Assessment? parsed, out _) && parsed!.Equals(assessment);
    }

    [Property(MaxTest = 1000)]
    public bool TryParse_AnyText_NeverThrowsAndReportsExactlyOneOutcome(string? cell)
    {
        bool ok = Assessment.TryParse(cell, out Assessment? assessment, out string? error);
        return ok ? assessment is not null && error is null && RiskScore.IsOnMatrix(assessment.Score.Value) : assessment is null && error is not null;
    }
}
