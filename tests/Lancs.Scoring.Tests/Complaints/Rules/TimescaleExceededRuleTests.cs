using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class TimescaleExceededRuleTests
{
    [Fact]
    public void Fire_ComplaintOverTheStatutoryTimescale_Marked()
    {
        // 000:820 "just over 5% (25) ... exceeded the 6 month statutory maximum timescale".
        Complaint late = Closed("ASC-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, ComplaintOutcome.Upheld, exceededTimescale: true);
        BatchSession session = Run(new[] { late, Closed("ASC-2", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, ComplaintOutcome.Upheld) },
            new TimescaleExceededRule());

        ComplaintMark mark = Assert.Single(session.Derived<ComplaintMark>());

        Assert.Same(late, mark.Complaint);
        Assert.Equal(ComplaintMeasure.TimescaleExceeded, mark.Measure);
        Derivation why = session.AssertDerivedBy(mark, "Timescale exceeded", "000:820");
        Assert.Same(late, Assert.Single(why.Sources));
    }

    [Fact]
    public void Fire_27Of220ChildrensComplaints_27MarksIncludingOpenOnes()
    {
        // 000:929 "12% (27) exceeded the statutory timescale" of the 220 received: the share is over complaints received, so a
        // complaint still open past its timescale counts too.
        var cohort = new Cohort(ComplaintStream.ChildrensSocialCare)
            .Closed(25, ComplaintOutcome.Upheld, ComplaintStage.Stage1, exceededTimescale: true)
            .Closed(191, ComplaintOutcome.NotUpheld, ComplaintStage.Stage1);
        var complaints = cohort.Complaints
            .Concat(new[] { Open("CSC-OPEN-1", ComplaintStream.ChildrensSocialCare, ComplaintStage.Stage2, exceededTimescale: true),
                            Open("CSC-OPEN-2", ComplaintStream.ChildrensSocialCare, ComplaintStage.Stage2, exceededTimescale: true),
                            Open("CSC-OPEN-3", ComplaintStream.ChildrensSocialCare, ComplaintStage.Stage2),
                            Open("CSC-OPEN-4", ComplaintStream.ChildrensSocialCare, ComplaintStage.Stage2) })
            .ToList();
        BatchSession session = Run(complaints, new TimescaleExceededRule());

        Assert.Equal(220, complaints.Count);
        Assert.Equal(27, session.Derived<ComplaintMark>().Count);
        Assert.Equal(2, session.Derived<ComplaintMark>().Count(m => m.Complaint.IsOpen));
    }

    [Fact]
    public void Fire_DatedComplaintWithTheFlag_LeftToTheDates()
    {
        // Dates decide when they are given: the flag counts only for complaints without a timeline.
        Complaint dated = Closed("ASC-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, ComplaintOutcome.Upheld, exceededTimescale: true)
            .WithTimeline(ComplaintTimeline.Create());
        BatchSession session = Run(new[] { dated }, new TimescaleExceededRule());

        Assert.Empty(session.Derived<ComplaintMark>());
    }

    [Fact]
    public void Fire_WithinTimescale_NotMarked()
    {
        BatchSession session = Run(new[] { Closed("ASC-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, ComplaintOutcome.Upheld),
                                            Open("ASC-2", ComplaintStream.AdultSocialCare, ComplaintStage.Formal) },
            new TimescaleExceededRule());

        Assert.Empty(session.Derived<ComplaintMark>());
    }
}
