using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class ResidualMeetsTargetRuleTests
{
    [Theory]
    [InlineData("12", true)]   // at the target: met (inclusive)
    [InlineData("15", true)]   // below it: better than the target, met
    [InlineData("9", false)]   // above it: not yet met
    public void Fire_RiskResidualAgainstTarget_MetAtOrBelow(string target, bool met)
    {
        // CR4 16 / 12 (001:869), with a target the papers do not print.
        RegisterEntry cr4 = WithTarget(Paper(Q1_2016, "CR4"), target);
        BatchSession session = Run(Q1_2016, new[] { cr4 }, Scored(new ResidualMeetsTargetRule()));

        Assert.Equal(met ? 1 : 0, session.Derived<Finding>().Count);
    }

    [Theory]
    [InlineData("16", true)]   // at the target
    [InlineData("12", true)]   // above it: better for an opportunity
    [InlineData("20", false)]  // below it: not yet met
    public void Fire_OpportunityResidualAgainstTarget_MetAtOrAbove(string target, bool met)
    {
        // C01 12 / 16 (001:891): maximising actions raise an opportunity's score (001:806-808).
        BatchSession session = Run(Q1_2016, new[] { WithTarget(Paper(Q1_2016, "C01"), target) }, Scored(new ResidualMeetsTargetRule()));

        Assert.Equal(met ? 1 : 0, session.Derived<Finding>().Count);
    }

    [Fact]
    public void Fire_RiskAtItsTarget_ReportedWithWordingAndReason()
    {
        RegisterEntry cr4 = WithTarget(Paper(Q1_2016, "CR4"), "12");
        BatchSession session = Run(Q1_2016, new[] { cr4 }, Scored(new ResidualMeetsTargetRule()));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.TargetMet, finding.Kind);
        Assert.Equal("CR4: the residual score 12 already meets the target 12 (at or below it, as the score of this risk should be).", finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Residual meets target", "no target in the papers");
        Assert.Same(cr4, Assert.IsType<ScoredEntry>(Assert.Single(why.Sources)).Entry);
    }

    [Fact]
    public void Fire_OpportunityWording_SaysAtOrAbove()
    {
        BatchSession session = Run(Q1_2016, new[] { WithTarget(Paper(Q1_2016, "C01"), "16") }, Scored(new ResidualMeetsTargetRule()));

        Assert.Equal("C01: the residual score 16 already meets the target 16 (at or above it, as the score of this opportunity should be).",
            Assert.Single(session.Derived<Finding>()).Message);
    }

    [Fact]
    public void Fire_NoTargetOrNoResidual_NotReported()
    {
        // Every printed row lacks a target (the papers have no target column); an entry without a residual has nothing to compare.
        RegisterEntry noResidual = WithTarget(Paper(Q2_2017, "CR28", residual: ""), "25");
        BatchSession session = Run(Q2_2017, Register(Q2_2017).Append(noResidual), Scored(new ResidualMeetsTargetRule()));

        Assert.Empty(session.Derived<Finding>());
    }

    [Fact]
    public void Fire_RiskDirectionFlippedByPolicy_MetAtOrAbove()
    {
        // The side follows the policy's direction semantics (ScoringPolicy.HigherIsBetter), not the kind alone.
        var policy = ScoringPolicy.FromJson("{ \"riskHigherIsBetter\": true }");
        BatchSession session = Run(Q1_2016, new[] { WithTarget(Paper(Q1_2016, "CR4"), "9") }, new NRules.Fluent.Dsl.Rule[] { new ScoreEntryRule(policy), new ResidualMeetsTargetRule() });

        Assert.Contains("at or above it", Assert.Single(session.Derived<Finding>()).Message);
    }

    /// <summary>The entry with a target cell added, validated as the scorer validates a row's.</summary>
    internal static RegisterEntry WithTarget(RegisterEntry e, string target)
    {
        Assert.True(Assessment.TryParse(target, out Assessment? assessment, out string? error), error);
        return new RegisterEntry(e.Id, e.Quarter, e.Description, e.Inherent, e.Residual, e.StatedDirection, e.RiskTypes, e.Owner, e.Position, e.Source, assessment);
    }
}
