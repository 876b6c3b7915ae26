using System.Linq;
using Lancs.Scoring.Risk;
using Xunit;
using static Lancs.Scoring.Tests.Risk.RegisterFiles;

namespace Lancs.Scoring.Tests.Risk;

public sealed class RegisterScorerInputTests
{
    private static readonly RegisterScorer Scorer = new();

    private static RegisterRow Row(int line, string id, string inherent, string residual, string kind = "") =>
        new(line, id, kind, "A description", "Economic", "MT", inherent, residual, "Level", null);

    [Fact]
    public void Rescore_BadRows_AreRejectedNamingEntryAndFieldAndTheRestScored()
    {
        var rows = new[]
        {
            Row(2, "CR1", "16", "12"),
            Row(3, "CR2", "16", "7"),
            Row(4, "", "16", "12"),
            Row(5, "CR4", "sixteen", "12"),
            Row(6, "CR5", "16", "12", kind: "opportunity"),
            Row(7, "CR6", "25", "16"),
        };

        var result = Scorer.Rescore(Q2_2017, rows);

        Assert.Equal(new[] { "CR1", "CR6" }, result.Entries.Select(e => e.Entry.Id.Raw));
        Assert.Equal(
            new[] { ("CR2 (line 3)", "residual", "7"), ("line 4", "id", ""), ("CR4 (line 5)", "inherent", "sixteen"), ("CR5 (line 6)", "kind", "opportunity") },
            result.Rejections.Select(r => (r.Entry, r.Field, r.AttemptedValue ?? string.Empty)));
        var offMatrix = Assert.Single(result.Findings, f => f.Kind == FindingKind.ScoreNotOnMatrix);
        Assert.Contains("CR2 (line 3): the residual score '7' is not on the 5x5 matrix", offMatrix.Message);
    }

    [Fact]
    public void Rescore_BadRowInPreviousRegister_IsRejectedAndLabelledAsPrevious()
    {
        var result = Scorer.Rescore(Q2_2017, new[] { Row(2, "CR1", "16", "12") }, Q2_2017.Previous, new[] { Row(2, "CR1", "16", "30") });

        Assert.Equal("previous register, CR1 (line 2)", Assert.Single(result.Rejections).Entry);
        Assert.Equal(DirectionOfTravel.New, result.Entries.Single().Direction);
    }

    [Fact]
    public void Rescore_MissingResidual_JudgedOnInherentAndReported()
    {
        var result = Scorer.Rescore(Q2_2017, new[] { Row(2, "CR1", "16", "") });

        var entry = result.Entries.Single();
        Assert.Null(entry.Residual);
        Assert.True(entry.IsOnCorporateRegister);
        Assert.Equal(FindingKind.MissingResidual, Assert.Single(entry.Findings).Kind);
    }

    [Fact]
    public void Rescore_DuplicateIds_BothScoredAndReported()
    {
        var result = Scorer.Rescore(Q2_2017, new[] { Row(2, "CR1", "16", "12"), Row(3, "CR1", "25", "16") });

        Assert.Equal(2, result.Entries.Count);
        Assert.Equal(2, result.Findings.Count(f => f.Kind == FindingKind.DuplicateId));
    }

    [Theory]
    [InlineData("CR1", "16", "20", true)]
    [InlineData("CR1", "16", "16", false)]
    [InlineData("CR1", "16", "12", false)]
    [InlineData("CO1", "12", "9", true)]
    [InlineData("CO1", "12", "12", false)]
    [InlineData("CO1", "12", "16", false)]
    public void Rescore_ResidualAgainstInherent_ReportedOnlyOnTheWrongSideForTheKind(string id, string inherent, string residual, bool reported)
    {
        var result = Scorer.Rescore(Q2_2017, new[] { Row(2, id, inherent, residual) });

        Assert.Equal(reported, result.Findings.Any(f => f.Kind == FindingKind.ResidualOnWrongSide));
    }

    [Fact]
    public void Rescore_OpportunitySemanticsReversedByPolicy_ReversesTheVerdicts()
    {
        var scorer = new RegisterScorer(ScoringPolicy.FromJson("{ \"opportunityHigherIsBetter\": false }"));
        var rows = new[] { Row(2, "CO1", "12", "16") };

        var result = scorer.Rescore(Q2_2017, rows, null, new[] { Row(2, "CO1", "12", "12") });

        Assert.Single(result.Findings, f => f.Kind == FindingKind.ResidualOnWrongSide);
        Assert.False(result.Entries.Single().Movement!.IsFavourable);
    }

    [Fact]
    public void Rescore_PublishedSemantics_UpwardsIsGoodNewsOnlyForAnOpportunity()
    {
        var result = Scorer.Rescore(Q2_2017, new[] { Row(2, "CO1", "12", "16"), Row(3, "CR1", "25", "16") }, null,
            new[] { Row(2, "CO1", "12", "12"), Row(3, "CR1", "25", "12") });

        Assert.Equal(new bool?[] { true, false }, result.Entries.Select(e => e.Movement!.IsFavourable));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.ResidualOnWrongSide);
    }

    [Theory]
    [InlineData("10", false)]
    [InlineData("12", true)]
    [InlineData("15", true)]
    public void Rescore_ResidualEitherSideOfTwelve_DecidesInclusion(string residual, bool included)
    {
        var result = Scorer.Rescore(Q2_2017, new[] { Row(2, "CR1", "25", residual) });

        Assert.Equal(included, result.Entries.Single().IsOnCorporateRegister);
    }

    [Fact]
    public void Rescore_FallingBelowThreshold_RemovedToTheServiceRegister()
    {
        var result = Scorer.Rescore(Q2_2017, new[] { Row(2, "CR1", "16", "9") }, null, new[] { Row(2, "CR1", "16", "12") });

        var change = Assert.Single(result.Changes);
        Assert.Equal(RegisterChangeKind.Removed, change.Kind);
        Assert.Equal("mitigating actions reduced the residual from 12 to 9, below 12: removed from the corporate risk and opportunity register; it remains on the service risk register.", change.Reason);
        Assert.Equal(DirectionOfTravel.Downwards, result.Entries.Single().Direction);
        Assert.True(result.Entries.Single().Movement!.IsFavourable);
    }

    [Fact]
    public void Rescore_RaisedThreshold_TakesTwelvesOffTheRegister()
    {
        var scorer = new RegisterScorer(ScoringPolicy.Default.WithInclusionThreshold(15));

        var result = scorer.Rescore(Q2_2017, Rows(Q2_2017));

        Assert.All(result.Entries, e => Assert.Equal(e.Residual!.Value.Value >= 15, e.IsOnCorporateRegister));
        Assert.Contains("below 15", result.Entries.First(e => !e.IsOnCorporateRegister).InclusionReason);
    }
}
