using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class MissingResidualRuleTests
{
    [Fact]
    public void Fire_BlankResidualCell_Reported()
    {
        // 001:781 every entry is scored "both before and after the application of mitigating actions"; CR28 (000:1544) with
        // its residual cell left blank.
        RegisterEntry cr28 = Paper(Q2_2017, "CR28", residual: "");
        BatchSession session = Run(Q2_2017, new[] { cr28, Paper(Q2_2017, "CR27") }, Scored(new MissingResidualRule()));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.MissingResidual, finding.Kind);
        Assert.Equal("CR28: no residual score is given; the entry is judged on its inherent score 16 until it is assessed.", finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Missing residual", "001:781");
        Assert.Same(cr28, Assert.IsType<ScoredEntry>(Assert.Single(why.Sources)).Entry);
    }

    [Fact]
    public void Fire_EveryPrintedRowHasAResidual_NotReported()
    {
        // Every row of the three registers prints a residual (001:864-896, 000:1515-1555, 002:305-387).
        foreach (Quarter quarter in new[] { Q1_2016, Q2_2017, Q1_2018 })
        {
            BatchSession session = Run(quarter, Register(quarter), Scored(new MissingResidualRule()));

            Assert.Empty(session.Derived<Finding>());
        }
    }
}
