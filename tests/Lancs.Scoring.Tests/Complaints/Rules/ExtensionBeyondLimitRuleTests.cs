using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class ExtensionBeyondLimitRuleTests
{
    [Theory]
    [InlineData(10, 0)]
    [InlineData(11, 1)]
    public void Fire_CorporateExtension_ReportedOnlyBeyondTenWorkingDays(int extension, int findings)
    {
        BatchSession session = Run(new[] { Dated("C-1", ComplaintStream.Corporate, ComplaintStage.Stage1, "2016-12-22", extension: extension, reason: "awaiting a survey") },
            new DeadlineRule(), new ExtensionBeyondLimitRule());

        Assert.Equal(findings, session.Derived<ComplaintFinding>().Count);
    }

    [Fact]
    public void Fire_ExtendedSixMonthMaximum_ReportedAsAllowingNone()
    {
        BatchSession session = Run(new[] { Dated("A-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, "2016-06-01", extension: 10, reason: "agreed with the complainant") },
            new DeadlineRule(), new ExtensionBeyondLimitRule());

        ComplaintFinding finding = Assert.Single(session.Derived<ComplaintFinding>());

        Assert.Equal("A-1 (statutory adult social care, Formal): the response deadline was extended by 10 working days, but 'respond within 6 months of receipt' " +
            "[000:820 '6 month statutory maximum timescale'; 2009 Regulations (000:675)] allows no extension; the deadline is not extended.", finding.Message);
        session.AssertDerivedBy(finding, "Extension beyond the limit", "Housing Ombudsman");
    }

    [Fact]
    public void Fire_ChildrensStage2ExtendedTo65Days_NotReported()
    {
        BatchSession session = Run(new[]
        {
            Dated("K-1", ComplaintStream.ChildrensSocialCare, ComplaintStage.Stage2, "2016-06-01", escalated: "2016-07-01", extension: 40, reason: "complex investigation"),
        }, new DeadlineRule(), new ExtensionBeyondLimitRule());

        Assert.Empty(session.Derived<ComplaintFinding>());
    }
}
