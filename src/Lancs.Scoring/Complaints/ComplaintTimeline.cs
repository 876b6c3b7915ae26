using System;
using System.Collections.Generic;
using System.Globalization;

namespace Lancs.Scoring.Complaints;

/// <summary>The dates a complaint's timescales are worked out from, beyond its received and closed dates: when it was
/// acknowledged, when the complainant asked for the stage it reached, and any extension of the response deadline.</summary>
/// <remarks>The dates are those of the stage the complaint reached: for a complaint at Stage 2, <see cref="Acknowledged"/> is
/// the acknowledgement of the Stage 2 request and the complaint's closed date is the Stage 2 response. A complaint with a
/// timeline is judged on its dates (<see cref="Complaint.IsDated"/>); one without keeps its recorded
/// <see cref="Complaint.ExceededTimescale"/> flag.</remarks>
public sealed class ComplaintTimeline
{
    private ComplaintTimeline(DateTime? acknowledged, DateTime? escalated, int extensionWorkingDays, string? extensionReason)
    {
        Acknowledged = acknowledged?.Date;
        Escalated = escalated?.Date;
        ExtensionWorkingDays = extensionWorkingDays;
        ExtensionReason = extensionReason is null || extensionReason.Trim().Length == 0 ? null : extensionReason.Trim();
    }

    /// <summary>Gets the date the complaint was acknowledged, or <see langword="null"/> when it was not (or it is not known).</summary>
    public DateTime? Acknowledged { get; }

    /// <summary>Gets the date the complainant asked for the stage the complaint reached (Stage 2 or 3), or <see langword="null"/>.</summary>
    public DateTime? Escalated { get; }

    /// <summary>Gets the extension of the response deadline, in working days.</summary>
    /// <value>0 unless stated: no extension.</value>
    public int ExtensionWorkingDays { get; }

    /// <summary>Gets the reason given to the complainant for the extension, or <see langword="null"/> when none was given.</summary>
    public string? ExtensionReason { get; }

    /// <summary>Gets whether the response deadline was extended.</summary>
    public bool HasExtension => ExtensionWorkingDays > 0;

    /// <summary>Creates a timeline.</summary>
    /// <param name="acknowledged">The date acknowledged, if it was.</param>
    /// <param name="escalated">The date the complainant asked for the stage reached, for a complaint at Stage 2 or 3.</param>
    /// <param name="extensionWorkingDays">The extension of the response deadline, in working days; 0 for none.</param>
    /// <param name="extensionReason">The reason given for the extension; empty counts as none.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="extensionWorkingDays"/> is negative.</exception>
    public static ComplaintTimeline Create(DateTime? acknowledged = null, DateTime? escalated = null, int extensionWorkingDays = 0, string? extensionReason = null)
    {
        if (extensionWorkingDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(extensionWorkingDays), extensionWorkingDays, "An extension is 0 or more working days.");
        }

        return new ComplaintTimeline(acknowledged, escalated, extensionWorkingDays, extensionReason);
    }

    /// <summary>Returns "acknowledged 2024-01-05, extended by 10 working days (awaiting a contractor's report)".</summary>
    /// <returns>The timeline in words; "dated" when it holds nothing beyond the received and closed dates.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Escalated is { } escalated)
        {
            parts.Add("escalated " + Day(escalated));
        }

        if (Acknowledged is { } acknowledged)
        {
            parts.Add("acknowledged " + Day(acknowledged));
        }

        if (HasExtension)
        {
            parts.Add($"extended by {ExtensionWorkingDays} working days ({ExtensionReason ?? "no reason given"})");
        }

        return parts.Count == 0 ? "dated" : string.Join(", ", parts);
    }

    /// <summary>Returns why the timeline does not fit the complaint's own dates, or <see langword="null"/>.</summary>
    internal Rejection? ProblemWith(Complaint complaint, string name)
    {
        if (Acknowledged is { } acknowledged && acknowledged < complaint.Received)
        {
            return new Rejection(name, RejectionField.Acknowledged, Day(acknowledged), $"acknowledged before it was received ({Day(complaint.Received)}).");
        }

        if (Escalated is { } escalated && escalated < complaint.Received)
        {
            return new Rejection(name, RejectionField.Escalated, Day(escalated), $"escalated before it was received ({Day(complaint.Received)}).");
        }

        if (Escalated is { } asked && Acknowledged is { } seen && seen < asked)
        {
            return new Rejection(name, RejectionField.Acknowledged, Day(seen), $"acknowledged before the request for this stage ({Day(asked)}); give the acknowledgement of the stage the complaint reached.");
        }

        if (Escalated is { } start && complaint.Closed is { } closed && closed < start)
        {
            return new Rejection(name, RejectionField.Closed, Day(closed), $"closed before the request for this stage ({Day(start)}).");
        }

        return null;
    }

    internal static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
