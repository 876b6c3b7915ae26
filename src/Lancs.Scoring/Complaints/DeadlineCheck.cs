using System;

namespace Lancs.Scoring.Complaints;

/// <summary>A fact the rules derive: one deadline of one dated complaint, worked out, and whether it was met.</summary>
public sealed class DeadlineCheck
{
    internal DeadlineCheck(Complaint complaint, Timescale timescale, DeadlineStatus status, DateTime? countedFrom, DateTime? due, DateTime? done, int workingDaysLate, string reason)
    {
        Complaint = complaint;
        Timescale = timescale;
        Status = status;
        CountedFrom = countedFrom;
        Due = due;
        Done = done;
        WorkingDaysLate = workingDaysLate;
        Reason = reason;
    }

    /// <summary>Gets the complaint.</summary>
    public Complaint Complaint { get; }

    /// <summary>Gets the timescale.</summary>
    public Timescale Timescale { get; }

    /// <summary>Gets whether the deadline was met.</summary>
    public DeadlineStatus Status { get; }

    /// <summary>Gets the day the timescale was counted from, or <see langword="null"/> when it is not known.</summary>
    public DateTime? CountedFrom { get; }

    /// <summary>Gets the deadline: the last day on which the step was on time; <see langword="null"/> when it cannot be worked out.</summary>
    public DateTime? Due { get; }

    /// <summary>Gets the day the step was done (acknowledged, or responded to), or <see langword="null"/> when it was not.</summary>
    public DateTime? Done { get; }

    /// <summary>Gets how many working days after the deadline the step was done, or (when not done) the as-at date fell; 0 unless missed.</summary>
    public int WorkingDaysLate { get; }

    /// <summary>Gets the check in words: the deadline, what happened, or why it cannot be worked out.</summary>
    public string Reason { get; }

    /// <summary>Gets whether the deadline was missed.</summary>
    public bool IsMissed => Status == DeadlineStatus.Missed;

    /// <summary>Gets whether a statutory deadline was missed: the complaint exceeded the statutory timescale.</summary>
    internal bool IsStatutoryMiss => IsMissed && Timescale.IsStatutory;

    /// <summary>Gets whether the complaint's extension is longer than this (response) timescale allows.</summary>
    internal bool ExtensionBeyondLimit =>
        Timescale.Step == TimescaleStep.Respond && Complaint.Timeline is { } timeline && timeline.ExtensionWorkingDays > Timescale.ExtensionAllowed;

    /// <summary>Returns "CORP-1: respond within 10 working days of the acknowledgement: due 2024-01-17, responded 2024-01-19 (Missed)".</summary>
    /// <returns>The check in one line.</returns>
    public override string ToString() => $"{Complaint.Reference}: {Timescale.Description}: {Reason} ({Status})";
}
