using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class DeadlineUnknownRuleTests
{
    [Fact]
    public void Fire_Stage2WithoutTheRequestDate_ReportedNotGuessed()
    {
        // Stage 2 is counted from the request for it; counting from receipt would find it late too early.
        Complaint complaint = Dated("C-2", ComplaintStream.Corporate, ComplaintStage.Stage2, "2016-06-01", closed: "2016-09-01");
        BatchSession session = Run(new[] { complaint }, new DeadlineRule(), new DeadlineUnknownRule());

        var findings = session.Derived<ComplaintFinding>();

        Assert.Equal(2, findings.Count); // the acknowledgement, and the response counted from it
        Assert.All(findings, f => Assert.Equal(ComplaintFindingKind.DeadlineUnknown, f.Kind));
        Assert.Equal("C-2 (corporate, Stage2): the deadline to acknowledge within 5 working days of the request for this stage cannot be worked out: " +
            "no escalated date is given; give the day the complainant asked for Stage2.", findings[0].Message);
        session.AssertDerivedBy(findings[0], "Deadline cannot be worked out", "Housing Ombudsman");
    }

    [Fact]
    public void Fire_ComplaintFromAYearTheCalendarDoesNotCover_Reported()
    {
        BatchSession session = Run(new[] { Dated("A-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, "2030-06-01", closed: "2030-07-01") },
            new DeadlineRule(), new DeadlineUnknownRule());

        ComplaintFinding finding = Assert.Single(session.Derived<ComplaintFinding>());

        Assert.Contains("the calendar lists bank holidays for 2015 to 2027 only, and this deadline counts from 2030-06-01", finding.Message, System.StringComparison.Ordinal);
    }
}
