using System;
using System.Globalization;

namespace Lancs.Scoring.Complaints;

/// <summary>Working a deadline out for one dated complaint: the plain calculation the deadline rule calls.</summary>
public sealed partial class ComplaintTimescales
{
    /// <summary>Works out the deadline of <paramref name="timescale"/> for <paramref name="complaint"/> and whether it was met.</summary>
    internal DeadlineCheck Check(Complaint complaint, Timescale timescale)
    {
        var timeline = complaint.Timeline ?? ComplaintTimeline.Create();
        var (start, due, unknown) = Deadline(complaint, timeline, timescale);
        if (due is not { } deadline)
        {
            return new DeadlineCheck(complaint, timescale, DeadlineStatus.Unknown, start, null, null, 0, unknown!);
        }

        var acknowledging = timescale.Step == TimescaleStep.Acknowledge;
        var verb = acknowledging ? "acknowledged" : "responded";
        var done = acknowledging ? timeline.Acknowledged ?? complaint.Closed : complaint.Closed;
        if (done is { } day)
        {
            if (day <= deadline)
            {
                return new DeadlineCheck(complaint, timescale, DeadlineStatus.Met, start, deadline, day, 0, $"due {Day(deadline)}, {verb} {Day(day)}");
            }

            var late = Calendar.WorkingDaysBetween(deadline, day);
            return new DeadlineCheck(complaint, timescale, DeadlineStatus.Missed, start, deadline, day, late,
                $"due {Day(deadline)}, {verb} {Day(day)}, {Late(late)}");
        }

        var asAt = AsAt ?? new DateTime(complaint.FinancialYear + 1, 3, 31);
        if (deadline < asAt)
        {
            var overdue = Calendar.WorkingDaysBetween(deadline, asAt);
            return new DeadlineCheck(complaint, timescale, DeadlineStatus.Missed, start, deadline, null, overdue,
                $"due {Day(deadline)}, not {verb} by {Day(asAt)}, {Late(overdue)}");
        }

        return new DeadlineCheck(complaint, timescale, DeadlineStatus.Pending, start, deadline, null, 0, $"due {Day(deadline)}, not yet {verb} at {Day(asAt)}");
    }

    /// <summary>Returns the day counted from and the deadline, or why the deadline cannot be worked out.</summary>
    private (DateTime? Start, DateTime? Due, string? Unknown) Deadline(Complaint complaint, ComplaintTimeline timeline, Timescale timescale)
    {
        DateTime start;
        if (timescale.CountedFrom == TimescaleStart.Received)
        {
            start = complaint.Received;
        }
        else if (timescale.CountedFrom == TimescaleStart.Escalated)
        {
            if (timeline.Escalated is not { } escalated)
            {
                return (null, null, $"no escalated date is given; give the day the complainant asked for {complaint.Stage}");
            }

            start = escalated;
        }
        else if (Find(complaint.Stream, complaint.Stage, TimescaleStep.Acknowledge) is { } acknowledgement)
        {
            // From the acknowledgement, but never later than its deadline: a late acknowledgement buys no time.
            var (_, acknowledgementDue, why) = Deadline(complaint, timeline, acknowledgement);
            if (acknowledgementDue is not { } latest)
            {
                return (null, null, why);
            }

            start = timeline.Acknowledged is { } acknowledged && acknowledged < latest ? acknowledged : latest;
        }
        else if (timeline.Acknowledged is { } acknowledged)
        {
            start = acknowledged;
        }
        else
        {
            return (null, null, "no acknowledged date is given");
        }

        var due = Due(start, timescale, timeline);
        if (!Calendar.Covers(start) || !Calendar.Covers(due))
        {
            return (start, null, string.Format(CultureInfo.InvariantCulture,
                "the calendar lists bank holidays for {0} to {1} only, and this deadline counts from {2}; add that year's holidays to the calendar",
                Calendar.FirstYear, Calendar.LastYear, Day(start)));
        }

        return (start, due, null);
    }

    private DateTime Due(DateTime start, Timescale timescale, ComplaintTimeline timeline)
    {
        DateTime due;
        if (timescale.Unit == TimescaleUnit.WorkingDays)
        {
            var days = CountsStartDay && Calendar.IsWorkingDay(start) ? timescale.Length - 1 : timescale.Length;
            due = Calendar.AddWorkingDays(start, days);
        }
        else
        {
            due = start.AddMonths(timescale.Length);
            if (CountsStartDay)
            {
                due = due.AddDays(-1);
            }

            if (MovesDeadlinesToWorkingDays)
            {
                due = Calendar.WorkingDayOnOrAfter(due);
            }
        }

        // An extension counts only with a reason, and only up to what the timescale allows (findings report the rest).
        if (timescale.Step == TimescaleStep.Respond && timeline.HasExtension && timeline.ExtensionReason is not null)
        {
            due = Calendar.AddWorkingDays(due, Math.Min(timeline.ExtensionWorkingDays, timescale.ExtensionAllowed));
        }

        return due;
    }

    private static string Late(int workingDays) => workingDays switch
    {
        0 => "after the deadline, on a non-working day",
        1 => "1 working day late",
        _ => string.Format(CultureInfo.InvariantCulture, "{0} working days late", workingDays),
    };

    private static string Day(DateTime date) => ComplaintTimeline.Day(date);
}
