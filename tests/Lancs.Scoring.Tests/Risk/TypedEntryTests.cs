using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;
using Xunit;
using static Lancs.Scoring.Tests.Risk.RegisterFiles;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>An app's own records become entries through <see cref="RegisterEntry.TryCreate(RegisterEntryDraft, Quarter, ScoringPolicy, out RegisterEntry?, out Rejection?)"/>,
/// checked exactly as rows are; entries built in code are checked again by <see cref="RegisterScorer.RescoreEntries"/>.</summary>
public sealed class TypedEntryTests
{
    private static RegisterEntryDraft Draft(string? id = "CR12", string? description = "Data protection", AssessmentInput? inherent = null,
        AssessmentInput? residual = null, RegisterKind? kind = null, int position = 0) => new()
    {
        Position = position,
        Id = id,
        Kind = kind,
        Description = description,
        Inherent = inherent ?? AssessmentInput.Cell(4, 4),
        Residual = residual ?? AssessmentInput.Score(12),
        StatedDirection = "Reduced",
        RiskTypes = new[] { "Legal / Regulatory", "Reputational" },
        Owner = "Director of Corporate Services",
    };

    [Fact]
    public void TryCreate_ValidDraft_BuildsTheEntryARowWouldBuild()
    {
        Assert.True(RegisterEntry.TryCreate(Draft(), Q2_2017, out var entry, out var rejection));

        Assert.Null(rejection);
        Assert.Equal("CR12", entry!.Id.Raw);
        Assert.Equal(16, entry.Inherent.Score.Value);
        Assert.Equal(Impact.Major, entry.Inherent.Impact);
        Assert.Equal(12, entry.Residual!.Score.Value);
        Assert.Equal(DirectionOfTravel.Downwards, entry.StatedDirection.Normalised);
        Assert.Equal(new[] { "Legal / Regulatory", "Reputational" }, entry.RiskTypes);   // types kept whole, not split at '/'
        Assert.Equal(Q2_2017, entry.Quarter);
    }

    [Theory]
    [InlineData("CR12", "Data protection", "16", "7", "residual", "7")]
    [InlineData("CR12", "Data protection", "6x1", "12", "inherent", "6x1")]
    [InlineData("CR12", "   ", "16", "12", "description", "   ")]
    [InlineData("RSK-1", "Data protection", "16", "12", "id", "RSK-1")]
    [InlineData("", "Data protection", "16", "12", "id", "")]
    public void TryCreate_BadValue_IsARejectionNamingRecordAndField(string id, string description, string inherent, string residual, string field, string attempted)
    {
        var draft = Draft(id, description, AssessmentInput.Printed(inherent), AssessmentInput.Printed(residual), position: 2);

        Assert.False(RegisterEntry.TryCreate(draft, Q2_2017, out var entry, out var rejection));

        Assert.Null(entry);
        Assert.Equal(field, rejection!.Field);
        Assert.Equal(attempted, rejection.AttemptedValue);
        Assert.Equal(id.Length == 0 ? "record 3" : $"{id} (record 3)", rejection.Entry);
    }

    [Fact]
    public void TryCreate_KindThatContradictsTheId_IsRejectedOnTheKind()
    {
        Assert.False(RegisterEntry.TryCreate(Draft(kind: RegisterKind.Opportunity), Q2_2017, out _, out var rejection));

        Assert.Equal(RejectionField.Kind, rejection!.Field);
        Assert.Contains("CR12 is a risk", rejection.Reason);
    }

    [Fact]
    public void TryCreate_MissingInherent_IsRejectedOnTheInherent()
    {
        var draft = new RegisterEntryDraft { Id = "CR1", Description = "Budget" };

        Assert.False(RegisterEntry.TryCreate(draft, Q2_2017, out _, out var rejection));

        Assert.Equal((RejectionField.Inherent, (string?)null), (rejection!.Field, rejection.AttemptedValue));
    }

    /// <summary>The typed route is the row route: for any values, a draft and the row of the same cells are both accepted
    /// (as equal entries) or both rejected on the same field with the same reason. Never an exception.</summary>
    [Property(MaxTest = 1000)]
    public Property TryCreate_AgreesWithTheRowRoute_ForAnyValues()
    {
        var ids = Gen.Elements("CR1", "CO2", "C03", "cr4.1", "RSK-9", "", " ", "CR0", "CR1\u200b");
        var scores = Gen.Elements<string?>(null, "", "12", "16", "7", "25", "26", "4x4", "5 x 5", "6x1", "Major x Likely", "twelve", "12 (revised)");
        var descriptions = Gen.Elements<string?>(null, "", "  ", "Budget delivery");
        var kinds = Gen.Elements<RegisterKind?>(null, RegisterKind.Risk, RegisterKind.Opportunity);
        var gen = from id in ids
                  from description in descriptions
                  from inherent in scores
                  from residual in scores
                  from kind in kinds
                  select (id, description, inherent, residual, kind);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var draft = new RegisterEntryDraft
            {
                Id = t.id, Description = t.description, Kind = t.kind,
                Inherent = t.inherent is null ? null : AssessmentInput.Printed(t.inherent),
                Residual = t.residual is null ? null : AssessmentInput.Printed(t.residual),
            };
            var row = new RegisterRow(1, t.id, t.kind?.Name, t.description, null, null, t.inherent, t.residual, null, null);
            var typed = RegisterEntry.TryCreate(draft, Q2_2017, out var fromDraft, out var draftRejection);
            var rowed = RegisterEntry.TryFromRow(row, Q2_2017, 0, out var fromRow, out var rowRejection);
            return typed == rowed
                && (typed
                    ? fromDraft!.Id == fromRow!.Id && fromDraft.Kind == fromRow.Kind && Equals(fromDraft.Inherent, fromRow.Inherent) && Equals(fromDraft.Residual, fromRow.Residual)
                    : draftRejection!.Field == rowRejection!.Field && draftRejection.Reason == rowRejection.Reason && draftRejection.AttemptedValue == rowRejection.AttemptedValue);
        });
    }

    [Fact]
    public void RescoreEntries_AppliesTheRowChecks_AndScoresTheRest()
    {
        var scorer = new RegisterScorer();
        var good = new RegisterEntry(EntryId.Parse("CR1"), Q2_2017, "Budget delivery", Assessment.FromScore(RiskScore.FromValue(25)), Assessment.FromScore(RiskScore.FromValue(16)), StatedDirection.Parse("Level"));
        var otherQuarter = new RegisterEntry(EntryId.Parse("CR2"), Q1_2016, "Financial viability", Assessment.FromScore(RiskScore.FromValue(25)), null, StatedDirection.Parse(null));
        var blank = new RegisterEntry(EntryId.Parse("CR3"), Q2_2017, " ", Assessment.FromScore(RiskScore.FromValue(16)), null, StatedDirection.Parse(null));

        var result = scorer.RescoreEntries(Q2_2017, new[] { good, otherQuarter, null!, blank });

        Assert.Equal("CR1", Assert.Single(result.Entries).Entry.Id.Raw);
        Assert.Equal(
            new[] { ("CR2 (entry 2)", RejectionField.Quarter), ("entry 3", RejectionField.Entry), ("CR3 (entry 4)", RejectionField.Description) },
            result.Rejections.Select(r => (r.Entry, r.Field)));
    }

    [Fact]
    public void Rescore_MissingRow_IsARejectionNotAnException()
    {
        var rows = new[] { new RegisterRow(2, "CR1", "", "Budget", null, null, "16", "12", null, null), null! };

        var result = new RegisterScorer().Rescore(Q2_2017, rows);

        Assert.Single(result.Entries);
        Assert.Equal(("row 2", RejectionField.Entry), (Assert.Single(result.Rejections).Entry, result.Rejections[0].Field));
    }

    [Fact]
    public void RejectionField_NamesEveryFieldTheLibraryRejects()
    {
        var names = typeof(RejectionField).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^[a-z_]+$", n));
    }
}
