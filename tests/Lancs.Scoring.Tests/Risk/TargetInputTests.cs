using System.Linq;
using Lancs.Scoring.Risk;
using Xunit;
using static Lancs.Scoring.Tests.Risk.RegisterFiles;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>The optional target score: read like the inherent and residual cells, rejected naming the field <c>target</c>, and
/// absent from every register the papers print, which then behave as before.</summary>
public sealed class TargetInputTests
{
    private static readonly RegisterScorer Scorer = new();

    [Theory]
    [InlineData("CR1", "8", 8, null, null)]
    [InlineData("CR1", "2x4", 8, 2, 4)]
    [InlineData("CR1", "Minor x Likely", 8, 2, 4)]
    [InlineData("CO1", "Outstanding x Certain", 25, 5, 5)]
    [InlineData("CO1", " 20 (by March 2019) ", 20, null, null)]
    public void TryFromRow_TargetCell_IsReadLikeTheOtherScores(string id, string cell, int score, int? impact, int? likelihood)
    {
        Assert.True(RegisterEntry.TryFromRow(Row(2, id, "16", "12", cell), Q2_2017, 0, out RegisterEntry? entry, out Rejection? rejection), rejection?.ToString());

        Assert.Equal(score, entry!.Target!.Score.Value);
        Assert.Equal(impact, entry.Target.Impact?.Value);
        Assert.Equal(likelihood, entry.Target.Likelihood?.Value);
        Assert.Same(entry.Target, entry.AssessmentOf(AssessmentKind.Target));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryFromRow_NoTarget_HasNone(string? cell)
    {
        Assert.True(RegisterEntry.TryFromRow(Row(2, "CR1", "16", "12", cell), Q2_2017, 0, out RegisterEntry? entry, out _));

        Assert.Null(entry!.Target);
    }

    [Theory]
    [InlineData("CR3", "7", "7 is not on the 5x5 matrix")]
    [InlineData("CR3", "soon", "'soon' is not a score")]
    [InlineData("CR3", "Outstanding x Likely", "'Outstanding' is the opportunity wording of impact 5")]
    [InlineData("CO3", "6x2", "'6' is not an impact")]
    public void Rescore_BadTarget_IsRejectedNamingTheFieldTarget(string id, string cell, string reason)
    {
        var result = Scorer.Rescore(Q2_2017, new[] { Row(2, "CR1", "16", "12", "8"), Row(3, id, "16", "12", cell) });

        Rejection rejection = Assert.Single(result.Rejections);
        Assert.Equal((id + " (line 3)", "target", cell), (rejection.Entry, rejection.Field, rejection.AttemptedValue));
        Assert.Contains(reason, rejection.Reason);
        Assert.Equal(new[] { "CR1" }, result.Entries.Select(e => e.Entry.Id.Raw));
    }

    [Fact]
    public void Rescore_TargetOffTheMatrix_IsAlsoAFinding()
    {
        // Decision 7: a score off the 5x5 matrix rejects the entry and is reported; the target is a score like the others.
        var result = Scorer.Rescore(Q2_2017, new[] { Row(2, "CR1", "16", "12", "11") });

        Finding finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.ScoreNotOnMatrix);
        Assert.Contains("CR1 (line 2): the target score '11' is not on the 5x5 matrix", finding.Message);
    }

    [Fact]
    public void Rescore_PrintedRegisters_HaveNoTargetsAndNoTargetFindings()
    {
        foreach (var quarter in new[] { Q1_2016, Q2_2017, Q1_2018 })
        {
            var result = Scorer.Rescore(quarter, Rows(quarter));

            Assert.All(result.Entries, e => Assert.Null(e.Target));
            Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TargetMet || f.Kind == FindingKind.TargetOnWrongSide || f.Kind == FindingKind.OutsideAppetite);
            Assert.Equal(0, result.HeatMaps[RegisterKind.Risk, AssessmentKind.Target].Total + result.HeatMaps[RegisterKind.Opportunity, AssessmentKind.Target].Total);
        }
    }

    private static RegisterRow Row(int line, string id, string inherent, string residual, string? target) =>
        new(line, id, string.Empty, "A description", "Economic", "MT", inherent, residual, "Level", null, target);
}
