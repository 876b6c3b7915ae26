using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class ResidualOnWrongSideRuleTests
{
    [Fact]
    public void Fire_RiskResidualAboveInherent_Reported()
    {
        // register_rules §3: residual <= inherent in all 44 risk rows; CR4 16 / 12 (001:869) with its residual raised to 20.
        RegisterEntry cr4 = Paper(Q1_2016, "CR4", residual: "20");
        BatchSession session = Run(Q1_2016, new[] { cr4 }, Scored(new ResidualOnWrongSideRule()));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.ResidualOnWrongSide, finding.Kind);
        Assert.Equal("CR4: the residual score 20 is above the inherent score 16; the actions should not raise the score of this risk.", finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Residual on the wrong side of inherent", "register_rules §3");
        Assert.Same(cr4, Assert.IsType<ScoredEntry>(Assert.Single(why.Sources)).Entry);
    }

    [Fact]
    public void Fire_OpportunityResidualBelowInherent_Reported()
    {
        // 001:806-808 opportunity "scores corrected to increase after maximising actions": CO4 12 / 16 (001:896) with a residual of 9.
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CO4", residual: "9") }, Scored(new ResidualOnWrongSideRule()));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.ResidualOnWrongSide, finding.Kind);
        Assert.Equal("CO4: the residual score 9 is below the inherent score 12; the actions should raise the score of this opportunity (001:806).", finding.Message);
    }

    [Fact]
    public void Fire_EveryPrintedRow_NotReported()
    {
        // No printed row is on the wrong side (register_rules §8.4): risks 25 / 25 (CR2, 001:866) and 20 / 20 (CR30, 000:1548) sit on
        // the boundary, opportunities 12 / 16 and 12 / 15 rise.
        foreach (Quarter quarter in new[] { Q1_2016, Q2_2017, Q1_2018 })
        {
            BatchSession session = Run(quarter, Register(quarter), Scored(new ResidualOnWrongSideRule()));

            Assert.NotEmpty(session.Derived<ScoredEntry>());
            Assert.Empty(session.Derived<Finding>());
        }
    }

    [Fact]
    public void Fire_OpportunityResidualAboveInherent_NotReportedButRiskIs()
    {
        // The same cells 12 / 16 are right for an opportunity (C01, 001:891) and wrong for a risk.
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "C01"), Entry(Q1_2016, "CR99", "12", "16") }, Scored(new ResidualOnWrongSideRule()));

        Assert.Equal(new[] { "CR99" }, session.Derived<Finding>().Select(f => f.Id!.Raw));
    }
}
