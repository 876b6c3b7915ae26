using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class DeadlineMissedRuleTests
{
    [Fact]
    public void Fire_AdultComplaintAnsweredAfterSixMonths_Reported()
    {
        // 000:820 "exceeded the 6 month statutory maximum timescale": received 1 June 2016, due 1 December, answered 5 December.
        Complaint late = Dated("A-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, "2016-06-01", closed: "2016-12-05");
        BatchSession session = Run(new[] { late, Dated("A-2", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, "2016-06-01", closed: "2016-12-01") },
            new DeadlineRule(), new DeadlineMissedRule());

        ComplaintFinding finding = Assert.Single(session.Derived<ComplaintFinding>());

        Assert.Same(late, finding.Complaint);
        Assert.Equal(ComplaintFindingKind.DeadlineMissed, finding.Kind);
        Assert.Equal("A-1 (statutory adult social care, Formal): missed the deadline to respond within 6 months of receipt " +
            "[000:820 '6 month statutory maximum timescale'; 2009 Regulations (000:675)]: due 2016-12-01, responded 2016-12-05, 2 working days late.", finding.Message);
        session.AssertDerivedBy(finding, "Deadline missed", "000:820");
    }

    [Fact]
    public void Fire_CorporateComplaintNotAcknowledgedByTheYearEnd_ReportsBothDeadlines()
    {
        BatchSession session = Run(new[] { Dated("C-1", ComplaintStream.Corporate, ComplaintStage.Stage1, "2017-03-01") }, new DeadlineRule(), new DeadlineMissedRule());

        var findings = session.Derived<ComplaintFinding>();

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains("acknowledge within 5 working days of receipt", System.StringComparison.Ordinal)
            && f.Message.EndsWith("due 2017-03-08, not acknowledged by 2017-03-31, 17 working days late.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Fire_PendingDeadline_NotReported()
    {
        BatchSession session = Run(new[] { Dated("A-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, "2017-03-01") }, new DeadlineRule(), new DeadlineMissedRule());

        Assert.Empty(session.Derived<ComplaintFinding>());
    }
}
