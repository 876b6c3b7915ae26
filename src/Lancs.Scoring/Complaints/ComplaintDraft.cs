using System;

namespace Lancs.Scoring.Complaints;

/// <summary>A complaint as an app's own case system holds it, before validation: vocabularies as names, as the
/// CSV writes them. <see cref="Complaint.TryCreate"/> turns it into a <see cref="Complaint"/> or a <see cref="Rejection"/>.</summary>
public sealed class ComplaintDraft
{
    /// <summary>Gets the record's position in its batch (0-based); a rejection of a record without a reference names it by it.</summary>
    public int Position { get; init; }

    /// <summary>Gets the complaint's reference; it must not be blank.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets the procedure's name, one of <c>ComplaintStream.List</c> ("AdultSocialCare"), ignoring case.</summary>
    public string? Stream { get; init; }

    /// <summary>Gets the stage's name, one of <c>ComplaintStage.List</c> ("Stage1"), ignoring case.</summary>
    public string? Stage { get; init; }

    /// <summary>Gets the date received (required).</summary>
    public DateTime? Received { get; init; }

    /// <summary>Gets the date closed, or <see langword="null"/> while open.</summary>
    public DateTime? Closed { get; init; }

    /// <summary>Gets the outcome's name, one of <c>ComplaintOutcome.List</c>, or <see langword="null"/> while open.</summary>
    public string? Outcome { get; init; }

    /// <summary>Gets whether the statutory timescale was exceeded, as recorded.</summary>
    public bool ExceededTimescale { get; init; }
}
