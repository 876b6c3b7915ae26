using System.Linq;
using Lancs.Scoring.Complaints;
using Xunit;
using static Lancs.Scoring.Complaints.ComplaintStage;
using static Lancs.Scoring.Complaints.ComplaintStream;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints;

/// <summary>Deadlines worked out from dates, at the edges: weekends, bank holidays, the year end, the counting rules.</summary>
public sealed class ComplaintTimescalesTests
{
    private static readonly ComplaintTimescales Policy = ComplaintTimescales.Default;

    [Theory]
    [InlineData("2016-12-22", "2017-01-03", "2017-01-03", "Met")]    // across the year end: 26, 27 Dec and 2 Jan are bank holidays
    [InlineData("2016-12-22", "2017-01-04", "2017-01-03", "Missed")]
    [InlineData("2017-05-22", "2017-05-30", "2017-05-30", "Met")]    // the 5th weekday is the Spring bank holiday: due the day after
    [InlineData("2016-06-02", "2016-06-09", "2016-06-09", "Met")]    // across a weekend
    [InlineData("2016-06-04", "2016-06-10", "2016-06-10", "Met")]    // received on a Saturday
    public void Check_CorporateAcknowledgement_IsDueFiveWorkingDaysAfterReceipt(string received, string acknowledged, string due, string status)
    {
        var check = Check(Dated("C-1", Corporate, Stage1, received, acknowledged: acknowledged), TimescaleStep.Acknowledge);

        Assert.Equal(Day(due), check.Due);
        Assert.Equal(status, check.Status.Name);
    }

    [Theory]
    [InlineData("2016-12-28", 0, null, "2017-01-12")]                 // 10 working days after an on-time acknowledgement
    [InlineData("2017-01-05", 0, null, "2017-01-17")]                 // acknowledged late: counted from the acknowledgement deadline (3 Jan)
    [InlineData(null, 0, null, "2017-01-17")]                         // never acknowledged: the same
    [InlineData("2017-01-05", 10, "awaiting a contractor's report", "2017-01-31")] // extended by 10 with a reason
    [InlineData("2017-01-05", 15, "awaiting a contractor's report", "2017-01-31")] // by 15: only the 10 allowed count
    [InlineData("2017-01-05", 10, null, "2017-01-17")]                // without a reason the extension does not count
    public void Check_CorporateResponse_IsDueTenWorkingDaysAfterTheAcknowledgement(string? acknowledged, int extension, string? reason, string due)
    {
        var check = Check(Dated("C-1", Corporate, Stage1, "2016-12-22", acknowledged: acknowledged, extension: extension, reason: reason), TimescaleStep.Respond);

        Assert.Equal(Day(due), check.Due);
    }

    [Fact]
    public void Check_CorporateStage2_CountsFromTheEscalationAcrossEaster()
    {
        // Escalated on Wednesday 12 April 2017: acknowledge by Friday 21 April (Good Friday and Easter Monday skipped), respond 20 later.
        var complaint = Dated("C-2", Corporate, Stage2, "2017-03-01", closed: "2017-05-22", acknowledged: "2017-04-21", escalated: "2017-04-12");

        Assert.Equal(Day("2017-04-21"), Check(complaint, TimescaleStep.Acknowledge).Due);
        Assert.Equal((Day("2017-05-22"), DeadlineStatus.Met), (Check(complaint, TimescaleStep.Respond).Due!.Value, Check(complaint, TimescaleStep.Respond).Status));
    }

    [Theory]
    [InlineData("2016-06-01", "2016-12-01", "Met")]        // 6 months from 1 June: 1 December
    [InlineData("2016-06-01", "2016-12-02", "Missed")]
    [InlineData("2016-06-27", "2016-12-28", "Met")]        // 27 December 2016 is the Christmas substitute day: due the 28th
    [InlineData("2016-08-31", "2017-02-28", "Met")]        // no 31 February: the month's last day
    [InlineData("2017-06-25", "2017-12-27", "Met")]        // 25 and 26 December 2017 are bank holidays
    public void Check_AdultSocialCare_IsDueSixMonthsAfterReceiptOnAWorkingDay(string received, string closed, string status)
    {
        var check = Check(Dated("A-1", AdultSocialCare, Formal, received, closed: closed), TimescaleStep.Respond);

        Assert.Equal(status, check.Status.Name);
        Assert.True(check.Timescale.IsStatutory);
    }

    [Fact]
    public void Check_DeadlinesNotMovedOffBankHolidays_EndOnTheHoliday()
    {
        var complaint = Dated("A-1", AdultSocialCare, Formal, "2016-06-27", closed: "2016-12-28");

        var check = Check(complaint, TimescaleStep.Respond, Policy.WithDeadlinesMovedToWorkingDays(false));

        Assert.Equal((Day("2016-12-27"), DeadlineStatus.Missed, 1), (check.Due!.Value, check.Status, check.WorkingDaysLate));

        // Due on Saturday 3 December 2016, answered on the Sunday: late, by no working day.
        var weekend = Check(Dated("A-2", AdultSocialCare, Formal, "2016-06-03", closed: "2016-12-04"), TimescaleStep.Respond, Policy.WithDeadlinesMovedToWorkingDays(false));
        Assert.Equal((DeadlineStatus.Missed, 0), (weekend.Status, weekend.WorkingDaysLate));
        Assert.Equal("due 2016-12-03, responded 2016-12-04, after the deadline, on a non-working day", weekend.Reason);
    }

    [Fact]
    public void Check_StartDayCounted_EndsOneWorkingDayEarlier()
    {
        var corporate = Dated("C-1", Corporate, Stage1, "2016-06-01");
        var adult = Dated("A-1", AdultSocialCare, Formal, "2016-06-01");
        var counting = Policy.WithStartDayCounted(true);

        Assert.Equal(Day("2016-06-08"), Check(corporate, TimescaleStep.Acknowledge).Due);
        Assert.Equal(Day("2016-06-07"), Check(corporate, TimescaleStep.Acknowledge, counting).Due);
        Assert.Equal(Day("2016-11-30"), Check(adult, TimescaleStep.Respond, counting).Due);
    }

    [Theory]
    [InlineData("Stage1", null, "2016-06-15")]                 // 10 working days from receipt
    [InlineData("Stage2", "2016-07-01", "2016-08-05")]         // 25 working days from the request for Stage 2
    public void Check_ChildrensStatutoryStages_CountInWorkingDays(string stage, string? escalated, string due)
    {
        var check = Check(Dated("K-1", ChildrensSocialCare, ComplaintStage.FromName(stage), "2016-06-01", escalated: escalated), TimescaleStep.Respond);

        Assert.Equal(Day(due), check.Due);
    }

    [Fact]
    public void Check_Stage2WithoutAnEscalationDate_CannotBeWorkedOut()
    {
        var check = Check(Dated("K-2", ChildrensSocialCare, Stage2, "2016-06-01", closed: "2016-09-01"), TimescaleStep.Respond);

        Assert.Equal(DeadlineStatus.Unknown, check.Status);
        Assert.Null(check.Due);
        Assert.Equal("no escalated date is given; give the day the complainant asked for Stage2", check.Reason);
    }

    [Theory]
    [InlineData("2016-06-01", "Missed", 83)]   // due 1 December, still open at 31 March 2017: 83 working days overdue
    [InlineData("2017-03-01", "Pending", 0)]   // due 1 September 2017: not yet due at the year end
    public void Check_OpenComplaint_IsJudgedAtTheEndOfItsFinancialYear(string received, string status, int late)
    {
        var check = Check(Dated("A-1", AdultSocialCare, Formal, received), TimescaleStep.Respond);

        Assert.Equal((status, late), (check.Status.Name, check.WorkingDaysLate));
    }

    [Fact]
    public void Check_OpenComplaintWithAnAsAtDate_IsJudgedThen()
    {
        var check = Check(Dated("A-1", AdultSocialCare, Formal, "2016-06-01"), TimescaleStep.Respond, Policy.WithAsAt(Day("2016-11-30")));

        Assert.Equal(DeadlineStatus.Pending, check.Status);
    }

    [Fact]
    public void Check_YearTheCalendarDoesNotCover_CannotBeWorkedOut()
    {
        var check = Check(Dated("A-1", AdultSocialCare, Formal, "2028-01-05", closed: "2028-03-01"), TimescaleStep.Respond);

        Assert.Equal(DeadlineStatus.Unknown, check.Status);
        Assert.StartsWith("the calendar lists bank holidays for 2015 to 2027 only", check.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Default_PinsEveryStreamsTimescales()
    {
        Assert.Equal(new[]
        {
            "AdultSocialCare Stage0: respond within 6 months of receipt",
            "AdultSocialCare Formal: respond within 6 months of receipt",
            "ChildrensSocialCare Stage1: respond within 10 working days of receipt (or up to 10 more with a reason)",
            "ChildrensSocialCare Stage2: respond within 25 working days of the request for this stage (or up to 40 more with a reason)",
            "ChildrensSocialCare Stage3: respond within 50 working days of the request for this stage",
            "JointWithNhs Stage0: respond within 6 months of receipt",
            "JointWithNhs Formal: respond within 6 months of receipt",
            "ChildrensNonStatutory Stage1: acknowledge within 5 working days of receipt",
            "ChildrensNonStatutory Stage1: respond within 10 working days of the acknowledgement (or up to 10 more with a reason)",
            "ChildrensNonStatutory Stage2: acknowledge within 5 working days of the request for this stage",
            "ChildrensNonStatutory Stage2: respond within 20 working days of the acknowledgement",
            "Corporate Stage1: acknowledge within 5 working days of receipt",
            "Corporate Stage1: respond within 10 working days of the acknowledgement (or up to 10 more with a reason)",
            "Corporate Stage2: acknowledge within 5 working days of the request for this stage",
            "Corporate Stage2: respond within 20 working days of the acknowledgement",
        }, Policy.Entries.Select(t => $"{t.Stream} {t.Stage}: {t.Description}"));
        Assert.Equal(7, Policy.Entries.Count(t => t.IsStatutory));
        Assert.All(Policy.Entries.Where(t => t.Stream == Corporate), t => Assert.StartsWith("Housing Ombudsman / LGSCO Complaint Handling Code", t.Source, System.StringComparison.Ordinal));
        Assert.Equal((false, true, (System.DateTime?)null), (Policy.CountsStartDay, Policy.MovesDeadlinesToWorkingDays, Policy.AsAt));
        Assert.Same(WorkingCalendar.EnglandAndWales, Policy.Calendar);
    }

    [Fact]
    public void With_ATimescaleOfTheSameStreamStageAndStep_ReplacesIt()
    {
        var longer = Timescale.Create(Corporate, Stage1, TimescaleStep.Acknowledge, 3, TimescaleUnit.WorkingDays, TimescaleStart.Received, "council policy");

        var policy = Policy.With(longer).Without(Corporate, Stage2, TimescaleStep.Respond);

        Assert.Equal(Policy.Entries.Count - 1, policy.Entries.Count);
        Assert.Equal(Day("2016-06-06"), Check(Dated("C-1", Corporate, Stage1, "2016-06-01"), TimescaleStep.Acknowledge, policy).Due);
    }

    [Fact]
    public void Create_AcknowledgementWithAnExtension_Throws()
    {
        var error = Assert.Throws<System.ArgumentException>(() =>
            Timescale.Create(Corporate, Stage1, TimescaleStep.Acknowledge, 5, TimescaleUnit.WorkingDays, TimescaleStart.Received, "x", extensionAllowed: 5));

        Assert.StartsWith("Timescale Corporate/Stage1/Acknowledge, field extensionAllowed '5': only a response may be extended", error.Message, System.StringComparison.Ordinal);
    }

    private static DeadlineCheck Check(Complaint complaint, TimescaleStep step, ComplaintTimescales? policy = null) =>
        (policy ?? Policy).For(complaint.Stream, complaint.Stage).Single(t => t.Step == step).Check(complaint);
}
