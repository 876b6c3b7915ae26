using System;
using Lancs.Scoring.Complaints;
using Xunit;

namespace Lancs.Scoring.Tests.Complaints;

/// <summary>A case system's complaints, vocabularies as names, become complaints or rejections, never exceptions.</summary>
public sealed class ComplaintDraftTests
{
    private static ComplaintDraft Draft(string? reference = "ASC-1", string? stream = "adultsocialcare", string? stage = "Stage0", string? outcome = "Upheld",
        DateTime? received = null) => new()
    {
        Position = 4, Reference = reference, Stream = stream, Stage = stage, Outcome = outcome,
        Received = received ?? new DateTime(2017, 5, 2), Closed = new DateTime(2017, 5, 20),
    };

    [Fact]
    public void TryCreate_ValidDraft_ReadsNamesIgnoringCase_AndTheClassifierTakesIt()
    {
        Assert.True(Complaint.TryCreate(Draft(), out var complaint, out _));

        Assert.Equal((ComplaintStream.AdultSocialCare, ComplaintStage.Stage0, ComplaintOutcome.Upheld), (complaint.Stream, complaint.Stage, complaint.Outcome));
        Assert.Empty(new ComplaintClassifier().Classify(new[] { complaint }).Rejections);
    }

    [Theory]
    [InlineData(" ", "adultsocialcare", "Stage0", "Upheld", "reference", "record 5")]
    [InlineData("ASC-1", "Housing", "Stage0", "Upheld", "stream", "ASC-1 (record 5)")]
    [InlineData("ASC-1", "adultsocialcare", "Stage 9", "Upheld", "stage", "ASC-1 (record 5)")]
    [InlineData("ASC-1", "adultsocialcare", "Stage0", "Sort of", "outcome", "ASC-1 (record 5)")]
    public void TryCreate_BadName_IsARejectionNamingRecordAndField(string reference, string stream, string stage, string outcome, string field, string entry)
    {
        Assert.False(Complaint.TryCreate(Draft(reference, stream, stage, outcome), out _, out var rejection));

        Assert.Equal((entry, field), (rejection.Entry, rejection.Field));
    }

    [Fact]
    public void TryCreate_NoReceivedDate_IsRejectedOnReceived()
    {
        Assert.False(Complaint.TryCreate(new ComplaintDraft { Reference = "C-1", Stream = "Corporate", Stage = "Stage1" }, out _, out var rejection));

        Assert.Equal(RejectionField.Received, rejection.Field);
    }
}
