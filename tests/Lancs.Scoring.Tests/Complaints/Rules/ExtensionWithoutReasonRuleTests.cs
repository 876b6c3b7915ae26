using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class ExtensionWithoutReasonRuleTests
{
    [Fact]
    public void Fire_ExtensionWithoutAReason_Reported()
    {
        // Complaint Handling Code: "an extension of up to 10 more working days with a reason".
        Complaint complaint = Dated("C-1", ComplaintStream.Corporate, ComplaintStage.Stage1, "2016-12-22", acknowledged: "2016-12-28", extension: 5, reason: "  ");
        BatchSession session = Run(new[]
        {
            complaint,
            Dated("C-2", ComplaintStream.Corporate, ComplaintStage.Stage1, "2016-12-22", acknowledged: "2016-12-28", extension: 5, reason: "awaiting the contractor"),
            Dated("C-3", ComplaintStream.Corporate, ComplaintStage.Stage1, "2016-12-22", acknowledged: "2016-12-28"),
        }, new ExtensionWithoutReasonRule());

        ComplaintFinding finding = Assert.Single(session.Derived<ComplaintFinding>());

        Assert.Same(complaint, finding.Complaint);
        Assert.Equal("C-1 (corporate, Stage1): the response deadline was extended by 5 working days without a reason; an extension needs a reason " +
            "given to the complainant, so the deadline is worked out without it.", finding.Message);
        session.AssertDerivedBy(finding, "Extension without a reason", "Housing Ombudsman");
    }

    [Fact]
    public void Fire_UndatedComplaint_NotReported()
    {
        BatchSession session = Run(new[] { Closed("C-1", ComplaintStream.Corporate, ComplaintStage.Stage1, ComplaintOutcome.NotUpheld) }, new ExtensionWithoutReasonRule());

        Assert.Empty(session.Derived<ComplaintFinding>());
    }
}
