using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class OpenComplaintRuleTests
{
    [Fact]
    public void Fire_ComplaintWithoutOutcome_MarkedOpen()
    {
        // 000:863 "Eight joint complaints were still open at the close of 2016/17".
        Complaint open = Open("JOINT-1", ComplaintStream.JointWithNhs, ComplaintStage.Formal);
        BatchSession session = Run(new[] { open, Closed("JOINT-2", ComplaintStream.JointWithNhs, ComplaintStage.Formal, ComplaintOutcome.Upheld) },
            new OpenComplaintRule());

        ComplaintMark mark = Assert.Single(session.Derived<ComplaintMark>());

        Assert.Same(open, mark.Complaint);
        Assert.Equal(ComplaintMeasure.Open, mark.Measure);
        Derivation why = session.AssertDerivedBy(mark, "Open complaint", "000:816");
        Assert.Same(open, Assert.Single(why.Sources));
    }

    [Fact]
    public void Fire_EightOpenOfThirtyThreeJointComplaints_EightMarks()
    {
        // 000:863: 7 not upheld, 6 partly upheld, 8 upheld, 4 withdrawn and 8 still open (33 in all).
        var cohort = new Cohort(ComplaintStream.JointWithNhs)
            .Closed(7, ComplaintOutcome.NotUpheld, ComplaintStage.Formal)
            .Closed(6, ComplaintOutcome.PartlyUpheld, ComplaintStage.Formal)
            .Closed(8, ComplaintOutcome.Upheld, ComplaintStage.Formal)
            .Closed(4, ComplaintOutcome.Withdrawn, ComplaintStage.Stage0)
            .Open(8, ComplaintStage.Formal);
        BatchSession session = Run(cohort.Complaints, new OpenComplaintRule());

        var marks = session.Derived<ComplaintMark>();

        Assert.Equal(33, cohort.Complaints.Count);
        Assert.Equal(8, marks.Count);
        Assert.All(marks, m => Assert.True(m.Complaint.IsOpen));
    }

    [Fact]
    public void Fire_ClosedComplaint_NotMarkedOpen()
    {
        // A withdrawn complaint (000:863 "The other 4 were withdrawn") is closed, not open.
        BatchSession session = Run(new[] { Closed("JOINT-1", ComplaintStream.JointWithNhs, ComplaintStage.Stage0, ComplaintOutcome.Withdrawn) },
            new OpenComplaintRule());

        Assert.Empty(session.Derived<ComplaintMark>());
    }
}
