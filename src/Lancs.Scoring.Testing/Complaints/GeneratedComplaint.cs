using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Testing;

/// <summary>One generated complaint of a <see cref="GeneratedComplaints"/> batch: its outcome (or none, open), stage,
/// dates and extension. About two in three are given with dates (a timeline), consistent ones, so that nothing is
/// rejected; responses fall near the 6-month and working-day deadlines.</summary>
public sealed class GeneratedComplaint
{
    /// <summary>Creates a generated complaint.</summary>
    /// <param name="outcome">The outcome, or <see langword="null"/> for an open complaint.</param>
    /// <param name="stageIndex">Which of the stream's allowed stages, counted from the first.</param>
    /// <param name="receivedDay">The day received, counted from 1 April 2016.</param>
    /// <param name="dated">Whether a timeline (acknowledgement, escalation, extension) is given.</param>
    /// <param name="escalateAfter">Days from receipt to escalation.</param>
    /// <param name="escalated">Whether a complaint at stage 2 or later was escalated.</param>
    /// <param name="acknowledgeAfter">Days from the clock's start to acknowledgement.</param>
    /// <param name="acknowledged">Whether it was acknowledged.</param>
    /// <param name="closeAfter">Days from the clock's start to closure (or the shift around six months).</param>
    /// <param name="closeNearSixMonths">Whether it closes within three days of six months after receipt.</param>
    /// <param name="extension">Working days of extension.</param>
    /// <param name="reason">Whether the extension gives a reason.</param>
    public GeneratedComplaint(ComplaintOutcome? outcome, int stageIndex, int receivedDay, bool dated, int escalateAfter, bool escalated,
        int acknowledgeAfter, bool acknowledged, int closeAfter, bool closeNearSixMonths, int extension, bool reason)
    {
        Outcome = outcome;
        StageIndex = stageIndex;
        ReceivedDay = receivedDay;
        Dated = dated;
        EscalateAfter = escalateAfter;
        Escalated = escalated;
        AcknowledgeAfter = acknowledgeAfter;
        Acknowledged = acknowledged;
        CloseAfter = closeAfter;
        CloseNearSixMonths = closeNearSixMonths;
        Extension = extension;
        Reason = reason;
    }

    /// <summary>Gets the outcome, or <see langword="null"/> for an open complaint.</summary>
    public ComplaintOutcome? Outcome { get; }

    /// <summary>Gets which of the stream's allowed stages.</summary>
    public int StageIndex { get; }

    /// <summary>Gets the day received, counted from 1 April 2016.</summary>
    public int ReceivedDay { get; }

    /// <summary>Gets a value indicating whether a timeline is given.</summary>
    public bool Dated { get; }

    /// <summary>Gets the days from receipt to escalation.</summary>
    public int EscalateAfter { get; }

    /// <summary>Gets a value indicating whether a complaint at stage 2 or later was escalated.</summary>
    public bool Escalated { get; }

    /// <summary>Gets the days from the clock's start to acknowledgement.</summary>
    public int AcknowledgeAfter { get; }

    /// <summary>Gets a value indicating whether it was acknowledged.</summary>
    public bool Acknowledged { get; }

    /// <summary>Gets the days from the clock's start to closure.</summary>
    public int CloseAfter { get; }

    /// <summary>Gets a value indicating whether it closes near six months after receipt.</summary>
    public bool CloseNearSixMonths { get; }

    /// <summary>Gets the working days of extension.</summary>
    public int Extension { get; }

    /// <summary>Gets a value indicating whether the extension gives a reason.</summary>
    public bool Reason { get; }

    /// <summary>The same complaint without a timeline (for shrinking).</summary>
    /// <returns>A new generated complaint.</returns>
    public GeneratedComplaint Undated() => new(Outcome, StageIndex, ReceivedDay, false, EscalateAfter, Escalated, AcknowledgeAfter, Acknowledged, CloseAfter, CloseNearSixMonths, Extension, Reason);
}
