using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class NotInCoveringReportRuleTests
{
    [Fact]
    public void Fire_2017RegisterAgainstItsReport_ReportsOnlyC01()
    {
        // 000:1463-1488 lists the entries that remain 12 or above but leaves out C01, which is in the table at 12 / 16 (000:1551).
        BatchSession session = Run(Q2_2017, Register(Q2_2017), Included(new NotInCoveringReportRule()), statements: Statements(Q2_2017));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.NotInCoveringReport, finding.Kind);
        Assert.Equal("C01", finding.Id!.Raw);
        Assert.Equal("C01: on the register with residual 16, but the covering report does not mention it.", finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Not in covering report", "000:1463-1488");
        Inclusion inclusion = Assert.IsType<Inclusion>(Assert.Single(why.Sources));
        Assert.Equal("C01", inclusion.Entry.Id.Raw);
    }

    [Fact]
    public void Fire_NoCoveringReportGiven_NothingReported()
    {
        // Without statements there is no report to check against: C01 (000:1551) is not reported.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "C01") }, Included(new NotInCoveringReportRule()));

        Assert.Single(session.Derived<Inclusion>());
        Assert.Empty(session.Derived<Finding>());
    }

    [Fact]
    public void Fire_MentionedAsCO1_NotReported()
    {
        // The reports write CO1 (001:805) for the table's C01 (000:1551): mentioning CO1 mentions C01.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "C01") }, Included(new NotInCoveringReportRule()),
            statements: new[] { new CoveringStatement(EntryId.Parse("CO1"), RegisterChangeKind.Remains, null, "000:1453") });

        Assert.Empty(session.Derived<Finding>());
    }

    [Fact]
    public void Fire_UnmentionedEntryBelow12_NotReported()
    {
        // Only entries on the register must be in the report's list (000:1463): C01 at a residual of 10 is not.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "C01", residual: "10"), Paper(Q2_2017, "CR1") }, Included(new NotInCoveringReportRule()),
            statements: new[] { new CoveringStatement(EntryId.Parse("CR1"), RegisterChangeKind.Remains, null, "000:1466") });

        Assert.Equal(2, session.Derived<Inclusion>().Count);
        Assert.Empty(session.Derived<Finding>());
    }
}
