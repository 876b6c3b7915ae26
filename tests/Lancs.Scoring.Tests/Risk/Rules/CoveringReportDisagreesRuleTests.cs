using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class CoveringReportDisagreesRuleTests
{
    [Fact]
    public void Fire_CR15ReportSays16TableSays12_ReportedOnlyForCR15()
    {
        // 001:800 "the residual score increased to 16" against the table's 16 / 12 at 001:878; every other residual the 2016/17
        // report quotes (CR4, CR12, CR16, CR20, CR21 at 12, 001:794-803) agrees with its table row.
        BatchSession session = Run(Q1_2016, Register(Q1_2016), Scored(new CoveringReportDisagreesRule()), statements: Statements(Q1_2016));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.CoveringReportDisagrees, finding.Kind);
        Assert.Equal("CR15", finding.Id!.Raw);
        Assert.Equal("CR15: the covering report quotes a residual of 16 (001:800) but the register shows 12.", finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Covering report disagrees", "001:800");
        Assert.Equal("CR15", Assert.IsType<ScoredEntry>(why.Sources[0]).Id.Raw);
        CoveringStatement statement = Assert.IsType<CoveringStatement>(why.Sources[1]);
        Assert.Equal((16, "001:800"), (statement.StatedResidual!.Value, statement.Source));
    }

    [Fact]
    public void Fire_ReportQuotesTheTablesResidual_NotReported()
    {
        // 001:794 "CR4 ... Residual score reassessed and increased to 12", table 16 / 12 (001:869).
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR4") }, Scored(new CoveringReportDisagreesRule()),
            statements: new[] { new CoveringStatement(Paper(Q1_2016, "CR4").Id, RegisterChangeKind.Remains, 12, "001:794") });

        Assert.Empty(session.Derived<Finding>());
    }

    [Fact]
    public void Fire_2018OpportunityScoresQuotedAsCO1_NotReported()
    {
        // 002:278 "CO1 ... This opportunity has a score of 16" is the Residual Opportunity Score of C01 (002:383), printed with a digit zero.
        BatchSession session = Run(Q1_2018, Register(Q1_2018), Scored(new CoveringReportDisagreesRule()), statements: Statements(Q1_2018));

        Assert.Empty(session.Derived<Finding>());
    }

    [Fact]
    public void Fire_StatementWithoutAResidual_NotReported()
    {
        // 001:792 "CR1 ... residual risk score remains unchanged" quotes no number, so there is nothing to disagree with.
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR1") }, Scored(new CoveringReportDisagreesRule()),
            statements: new[] { new CoveringStatement(EntryId.Parse("CR1"), RegisterChangeKind.Remains, null, "001:792") });

        Assert.Empty(session.Derived<Finding>());
    }
}
