using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class PreviousQuarterNotAdjacentRuleTests
{
    [Fact]
    public void Fire_2016Q1AgainstThe2017Q2Register_Reported()
    {
        // 000:1457-1462 changes are reported "for this quarter", against Q1 2017/18; the papers give only Q1 2016/17 (001:864-896).
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR1") }, new NRules.Fluent.Dsl.Rule[] { new PreviousQuarterNotAdjacentRule() },
            Previous(Q1_2016, Paper(Q1_2016, "CR1")));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.PreviousQuarterNotAdjacent, finding.Kind);
        Assert.Null(finding.Id);
        Assert.Equal("The previous register given is for Q1 2016/17, not Q1 2017/18: directions of travel and changes span more than one quarter.", finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Previous quarter not adjacent", "000:1457-1462");
        Assert.Equal(Q1_2016, Assert.IsType<PreviousQuarterGiven>(Assert.Single(why.Sources)).Previous);
    }

    [Fact]
    public void Fire_QuarterJustBefore_NotReported()
    {
        // Q1 2017/18 is the quarter before Q2 2017/18, across no year end; Q4 2017/18 before Q1 2018/19 across one.
        BatchSession sameYear = Run(Q2_2017, new[] { Paper(Q2_2017, "CR1") }, new NRules.Fluent.Dsl.Rule[] { new PreviousQuarterNotAdjacentRule() }, Previous(Q1_2017));
        BatchSession yearEnd = Run(Q1_2018, new[] { Paper(Q1_2018, "CR1") }, new NRules.Fluent.Dsl.Rule[] { new PreviousQuarterNotAdjacentRule() },
            Previous(Quarter.Parse("2017/18 Q4")));

        Assert.Empty(sameYear.Derived<Finding>());
        Assert.Empty(yearEnd.Derived<Finding>());
    }
}
