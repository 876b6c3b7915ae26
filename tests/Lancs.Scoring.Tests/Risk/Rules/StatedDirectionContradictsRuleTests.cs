using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class StatedDirectionContradictsRuleTests
{
    private static NRules.Fluent.Dsl.Rule[] Rules() =>
        Matched(new DirectionOfTravelRule(), new NewEntryRule(), new StatedDirectionContradictsRule());

    [Fact]
    public void Fire_CR7StatedDownwardsWithUnchangedResidual_Reported()
    {
        // register_rules §5.2: 000:1471 "residual risk remains unchanged" printed with "Downwards" (000:1527); 25 / 16 in both
        // registers (001:874, 000:1527).
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR7") }, Rules(), Previous(Q1_2016, Paper(Q1_2016, "CR7")));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.DirectionContradictsScores, finding.Kind);
        Assert.Equal("CR7", finding.Id!.Raw);
        Assert.Equal("CR7: the owner states Downwards but the residual score moved Level (16 to 16).", finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Stated direction contradicts scores", "register_rules §5.2");
        Assert.Equal(DirectionOfTravel.Level, Assert.IsType<ScoreMovement>(Assert.Single(why.Sources)).Direction);
    }

    [Fact]
    public void Fire_StatedDirectionAgreesOrIsUnclear_NotReported()
    {
        // CR24 "Upwards" (000:1538) with its residual up from 12 (001:886) to 16 agrees; CR2 "Level" at 25 / 25 (000:1517) agrees;
        // CR1's narrative "As time progresses the risk to some extent reduces..." (000:1516) is no keyword, so it cannot contradict.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR24"), Paper(Q2_2017, "CR2"), Paper(Q2_2017, "CR1") }, Rules(),
            Previous(Q1_2016, Paper(Q1_2016, "CR24"), Paper(Q1_2016, "CR2"), Paper(Q1_2016, "CR1")));

        Assert.Equal(3, session.Derived<ScoreMovement>().Count);
        Assert.Empty(session.Derived<Finding>());
    }

    [Fact]
    public void Fire_NewEntryStatedUpwards_NotReported()
    {
        // CR29 is new (000:1458) and printed "Upwards" (000:1545): a new entry has no movement to contradict.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR29") }, Rules(), Previous(Q1_2016, Paper(Q1_2016, "CR24")));

        Assert.Equal(DirectionOfTravel.New, Assert.Single(session.Derived<ScoreMovement>()).Direction);
        Assert.Empty(session.Derived<Finding>());
    }
}
