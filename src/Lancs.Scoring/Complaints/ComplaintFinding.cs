namespace Lancs.Scoring.Complaints;

/// <summary>A fact the rules derive: something about how one complaint was handled that its handler should look at (a missed
/// deadline, an extension without a reason). Data for the complaints team, never an exception.</summary>
public sealed class ComplaintFinding
{
    internal ComplaintFinding(Complaint complaint, ComplaintFindingKind kind, string message)
    {
        Complaint = complaint;
        Kind = kind;
        Message = message;
    }

    /// <summary>Gets the complaint.</summary>
    public Complaint Complaint { get; }

    /// <summary>Gets what the finding reports.</summary>
    public ComplaintFindingKind Kind { get; }

    /// <summary>Gets the finding as a sentence that names the complaint, the timescale and its source.</summary>
    public string Message { get; }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The finding.</returns>
    public override string ToString() => Message;

    internal static ComplaintFinding Missed(DeadlineCheck check) =>
        new(check.Complaint, ComplaintFindingKind.DeadlineMissed, $"{Name(check.Complaint)}: missed the deadline to {check.Timescale.Description} [{check.Timescale.Source}]: {check.Reason}.");

    internal static ComplaintFinding Unknown(DeadlineCheck check) =>
        new(check.Complaint, ComplaintFindingKind.DeadlineUnknown, $"{Name(check.Complaint)}: the deadline to {check.Timescale.Description} cannot be worked out: {check.Reason}.");

    internal static ComplaintFinding WithoutReason(Complaint complaint) =>
        new(complaint, ComplaintFindingKind.ExtensionWithoutReason,
            $"{Name(complaint)}: the response deadline was extended by {complaint.Timeline!.ExtensionWorkingDays} working days without a reason; " +
            "an extension needs a reason given to the complainant, so the deadline is worked out without it.");

    internal static ComplaintFinding BeyondLimit(DeadlineCheck check) =>
        new(check.Complaint, ComplaintFindingKind.ExtensionBeyondLimit,
            $"{Name(check.Complaint)}: the response deadline was extended by {check.Complaint.Timeline!.ExtensionWorkingDays} working days, but " +
            (check.Timescale.ExtensionAllowed == 0
                ? $"'{check.Timescale.Description}' [{check.Timescale.Source}] allows no extension; the deadline is not extended."
                : $"'{check.Timescale.Description}' [{check.Timescale.Source}] allows at most {check.Timescale.ExtensionAllowed}; the deadline is extended by {check.Timescale.ExtensionAllowed}."));

    private static string Name(Complaint complaint) => $"{complaint.Reference} ({complaint.Stream.Label}, {complaint.Stage})";
}
