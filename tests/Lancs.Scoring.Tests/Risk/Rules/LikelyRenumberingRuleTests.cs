using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class LikelyRenumberingRuleTests
{
    [Fact]
    public void Fire_CR1FinancialStrategyBecameOperationalPlan_Reported()
    {
        // 002:264 "a full review": CR1 was the medium term financial strategy (000:1516) and became the Operational Plan (002:306).
        RegisterEntry current = Paper(Q1_2018, "CR1");
        RegisterEntry previous = Paper(Q2_2017, "CR1");
        BatchSession session = Run(Q1_2018, new[] { current }, Scored(new LikelyRenumberingRule(Policy)), Previous(Q2_2017, previous));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.LikelyRenumbering, finding.Kind);
        Assert.Equal("CR1", finding.Id!.Raw);
        Assert.Equal(
            "CR1: in Q1 2018/19 the id names 'Delivering the Operational Plan to ensure a strong and sustainable County Council', " +
            "but in Q2 2017/18 it named 'Failure to implement fully the councils medium term financial strategy including the delivery of planned budget reductions'; " +
            "the register was likely renumbered (002:264).",
            finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Likely renumbering", "002:264");
        Assert.Same(current, Assert.IsType<ScoredEntry>(why.Sources[0]).Entry);
        Assert.Same(previous, Assert.IsType<PreviousQuarterEntry>(why.Sources[1]).Entry);
    }

    [Fact]
    public void Fire_RewordedCR4_NotReported()
    {
        // CR4 "capacity and resilience" (001:869) becomes "capacity, capability and resilience" (000:1520): the same subject.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR4") }, Scored(new LikelyRenumberingRule(Policy)), Previous(Q1_2016, Paper(Q1_2016, "CR4")));

        Assert.Single(session.Derived<ScoredEntry>());
        Assert.Empty(session.Derived<Finding>());
    }

    [Fact]
    public void Fire_AcrossTheRenumbering_EverySharedNumberReported()
    {
        // 2017/18 Q2 -> 2018/19 Q1 share CR1, CR2, CR4-CR8 and C01, C02/CO2 (000:1515-1555, 002:305-387): all name new subjects.
        BatchSession session = Run(Q1_2018, Register(Q1_2018), Scored(new LikelyRenumberingRule(Policy)), new PreviousRegister(Q2_2017, Register(Q2_2017)));

        Assert.Equal(new[] { "CR1", "CR2", "CR4", "CR5", "CR6", "CR7", "CR8", "C01", "CO2" }, session.Derived<Finding>().Select(f => f.Id!.Raw));
    }

    [Fact]
    public void Fire_WithinOneNumbering_NothingReported()
    {
        // 2016/17 Q1 -> 2017/18 Q2 kept its numbering (register_rules §1): titles are reworded at most.
        BatchSession session = Run(Q2_2017, Register(Q2_2017), Scored(new LikelyRenumberingRule(Policy)), new PreviousRegister(Q1_2016, Register(Q1_2016)));

        Assert.Empty(session.Derived<Finding>());
    }
}
