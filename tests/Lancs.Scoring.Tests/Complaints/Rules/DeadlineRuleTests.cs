using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class DeadlineRuleTests
{
    [Fact]
    public void Fire_DatedCorporateStage1Complaint_ChecksTheAcknowledgementAndTheResponse()
    {
        // Complaint Handling Code: acknowledge within 5 working days, respond within 10 of the acknowledgement.
        Complaint complaint = Dated("C-1", ComplaintStream.Corporate, ComplaintStage.Stage1, "2016-12-22", closed: "2017-01-12", acknowledged: "2016-12-28");
        BatchSession session = Run(new[] { complaint }, new DeadlineRule());

        var checks = session.Derived<DeadlineCheck>().OrderBy(c => c.Timescale.Step.Value).ToList();

        Assert.Equal(new[] { "due 2017-01-03, acknowledged 2016-12-28", "due 2017-01-12, responded 2017-01-12" }, checks.Select(c => c.Reason));
        Assert.All(checks, c => Assert.Equal(DeadlineStatus.Met, c.Status));
        Derivation why = session.AssertDerivedBy(checks[1], "Complaint deadline", "000:820");
        Assert.Contains(complaint, why.Sources);
        Assert.Contains(checks[1].Timescale, why.Sources);
    }

    [Fact]
    public void Fire_ComplaintWithoutDates_IsNotChecked()
    {
        // Without a timeline the recorded exceeded_timescale flag stands (TimescaleExceededRule).
        BatchSession session = Run(new[] { Closed("A-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, ComplaintOutcome.Upheld, exceededTimescale: true) },
            new DeadlineRule());

        Assert.Empty(session.Derived<DeadlineCheck>());
    }

    [Fact]
    public void Fire_StageWithoutTimescales_IsNotChecked()
    {
        // Ombudsman enquiries run to the Ombudsman's timescales, and the corporate informal stage has none.
        BatchSession session = Run(new[]
        {
            Dated("L-1", ComplaintStream.OmbudsmanAdultSocialCare, ComplaintStage.Ombudsman, "2016-06-01"),
            Dated("C-1", ComplaintStream.Corporate, ComplaintStage.Informal, "2016-06-01"),
        }, new DeadlineRule());

        Assert.Empty(session.Derived<DeadlineCheck>());
    }
}
