using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class StatutoryTimescaleFromDatesRuleTests
{
    [Fact]
    public void Fire_AdultComplaintPastSixMonths_MarkedOnce()
    {
        Complaint late = Dated("A-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, "2016-06-01", closed: "2016-12-05");
        BatchSession session = Run(new[] { late, Dated("A-2", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, "2016-06-01", closed: "2016-11-30") },
            new DeadlineRule(), new StatutoryTimescaleFromDatesRule());

        ComplaintMark mark = Assert.Single(session.Derived<ComplaintMark>());

        Assert.Equal((late, ComplaintMeasure.TimescaleExceeded), (mark.Complaint, mark.Measure));
        Derivation why = session.AssertDerivedBy(mark, "Statutory timescale exceeded, from dates", "000:820");
        Assert.Same(late, Assert.Single(why.Sources));
    }

    [Fact]
    public void Fire_DatesOnTimeAndTheFlagSet_DatesDecide()
    {
        // The record says exceeded, the dates say answered in time: the dates decide, and neither rule marks it.
        Complaint complaint = Complaint.Create("A-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, Day("2016-06-01"), Day("2016-07-01"), ComplaintOutcome.Upheld, exceededTimescale: true)
            .WithTimeline(ComplaintTimeline.Create());
        BatchSession session = Run(new[] { complaint }, new DeadlineRule(), new StatutoryTimescaleFromDatesRule(), new TimescaleExceededRule());

        Assert.Empty(session.Derived<ComplaintMark>());
    }

    [Fact]
    public void Fire_CorporateDeadlineMissed_NotAStatutoryTimescale()
    {
        BatchSession session = Run(new[] { Dated("C-1", ComplaintStream.Corporate, ComplaintStage.Stage1, "2016-06-01", closed: "2016-09-01") },
            new DeadlineRule(), new StatutoryTimescaleFromDatesRule());

        Assert.Contains(session.Derived<DeadlineCheck>(), c => c.IsMissed);
        Assert.Empty(session.Derived<ComplaintMark>());
    }

    [Fact]
    public void Fire_ChildrensStage1AnsweredAfterTwentyWorkingDays_Marked()
    {
        // Extended to 20 working days with a reason (due 29 June 2016), answered 30 June.
        BatchSession session = Run(new[]
        {
            Dated("K-1", ComplaintStream.ChildrensSocialCare, ComplaintStage.Stage1, "2016-06-01", closed: "2016-06-30", extension: 10, reason: "complex"),
            Dated("K-2", ComplaintStream.ChildrensSocialCare, ComplaintStage.Stage1, "2016-06-01", closed: "2016-06-29", extension: 10, reason: "complex"),
        }, new DeadlineRule(), new StatutoryTimescaleFromDatesRule());

        Assert.Equal(new[] { "K-1" }, session.Derived<ComplaintMark>().Select(m => m.Complaint.Reference));
    }
}
