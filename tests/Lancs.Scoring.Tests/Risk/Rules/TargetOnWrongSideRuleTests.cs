using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;
using static Lancs.Scoring.Tests.Risk.Rules.ResidualMeetsTargetRuleTests;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class TargetOnWrongSideRuleTests
{
    [Theory]
    [InlineData("15", true)]   // above the residual 12: the target asks for a worse score than the actions achieved
    [InlineData("12", false)]  // at the residual: met, not on the wrong side
    [InlineData("8", false)]   // below it: a proper aim
    public void Fire_RiskTargetAgainstResidual_WrongWhenAbove(string target, bool wrong)
    {
        // CR4 16 / 12 (001:869).
        BatchSession session = Run(Q1_2016, new[] { WithTarget(Paper(Q1_2016, "CR4"), target) }, Scored(new TargetOnWrongSideRule()));

        Assert.Equal(wrong ? 1 : 0, session.Derived<Finding>().Count);
    }

    [Theory]
    [InlineData("15", true)]   // below the residual 16
    [InlineData("16", false)]
    [InlineData("20", false)]
    public void Fire_OpportunityTargetAgainstResidual_WrongWhenBelow(string target, bool wrong)
    {
        // C01 12 / 16 (001:891).
        BatchSession session = Run(Q1_2016, new[] { WithTarget(Paper(Q1_2016, "C01"), target) }, Scored(new TargetOnWrongSideRule()));

        Assert.Equal(wrong ? 1 : 0, session.Derived<Finding>().Count);
    }

    [Fact]
    public void Fire_RiskTargetAbove_ReportedWithWordingAndReason()
    {
        RegisterEntry cr4 = WithTarget(Paper(Q1_2016, "CR4"), "16");
        BatchSession session = Run(Q1_2016, new[] { cr4 }, Scored(new TargetOnWrongSideRule()));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.TargetOnWrongSide, finding.Kind);
        Assert.Equal("CR4: the target 16 is above the residual score 12; the target of this risk should be at or below its residual, where the actions are taking it.", finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Target on the wrong side of residual", "no target in the papers");
        Assert.Same(cr4, Assert.IsType<ScoredEntry>(Assert.Single(why.Sources)).Entry);
    }

    [Fact]
    public void Fire_OpportunityTargetBelow_Wording()
    {
        BatchSession session = Run(Q1_2016, new[] { WithTarget(Paper(Q1_2016, "C01"), "4x3") }, Scored(new TargetOnWrongSideRule()));

        Assert.Equal("C01: the target 12 is below the residual score 16; the target of this opportunity should be at or above its residual, where the actions are taking it.",
            Assert.Single(session.Derived<Finding>()).Message);
    }

    [Fact]
    public void Fire_WithTheMetRule_ATargetPassedIsBothMetAndOnTheWrongSide()
    {
        // The two findings answer different questions: is the target met (status), and is it an aim at all (data quality).
        // CR4 16 / 12 with a target of 16 has passed it; CR5 25 / 16 (001:870) with a target of 16 is exactly at it.
        BatchSession session = Run(Q1_2016, new[] { WithTarget(Paper(Q1_2016, "CR4"), "16"), WithTarget(Paper(Q1_2016, "CR5"), "16") },
            Scored(new ResidualMeetsTargetRule(), new TargetOnWrongSideRule()));

        Assert.Equal(new[] { ("CR4", FindingKind.TargetMet), ("CR5", FindingKind.TargetMet), ("CR4", FindingKind.TargetOnWrongSide) },
            System.Linq.Enumerable.Select(session.Derived<Finding>(), f => (f.Id!.Raw, f.Kind)));
    }
}
