using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class StageZeroRuleTests
{
    [Fact]
    public void Fire_ChildrensComplaintResolvedAtStage0_Marked()
    {
        // 000:911 "60 (27%) of complaints were resolved early in the process (stage 0)".
        Complaint complaint = Closed("CSC-1", ComplaintStream.ChildrensSocialCare, ComplaintStage.Stage0, ComplaintOutcome.ResolvedEarly);
        BatchSession session = Run(new[] { complaint }, new StageZeroRule());

        ComplaintMark mark = Assert.Single(session.Derived<ComplaintMark>());

        Assert.Same(complaint, mark.Complaint);
        Assert.Equal(ComplaintMeasure.Stage0, mark.Measure);
        Derivation why = session.AssertDerivedBy(mark, "Stage 0", "000:911");
        Assert.Same(complaint, Assert.Single(why.Sources));
    }

    [Fact]
    public void Fire_60AtStage0And158Later_60Marks()
    {
        // 000:911: 60 resolved at stage 0 and "the rest (158) were resolved with management and council action".
        var cohort = new Cohort(ComplaintStream.ChildrensSocialCare)
            .Closed(60, ComplaintOutcome.ResolvedEarly, ComplaintStage.Stage0)
            .Closed(158, ComplaintOutcome.Upheld, ComplaintStage.Stage1);
        BatchSession session = Run(cohort.Complaints, new StageZeroRule());

        var marks = session.Derived<ComplaintMark>();

        Assert.Equal(60, marks.Count);
        Assert.All(marks, m => Assert.Equal(ComplaintStage.Stage0, m.Complaint.Stage));
    }

    [Fact]
    public void Fire_OpenAtStage0OrResolvedAtStage1_NotMarked()
    {
        // "Resolved early (stage 0)" (000:911) needs both: a complaint still open at Stage 0 is not resolved, one closed at Stage 1 not early.
        var complaints = new[]
        {
            Open("CSC-1", ComplaintStream.ChildrensSocialCare, ComplaintStage.Stage0),
            Closed("CSC-2", ComplaintStream.ChildrensSocialCare, ComplaintStage.Stage1, ComplaintOutcome.ResolvedEarly),
        };
        BatchSession session = Run(complaints, new StageZeroRule());

        Assert.Empty(session.Derived<ComplaintMark>());
    }
}
