using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class DirectionOfTravelRuleTests
{
    [Fact]
    public void Fire_CR24ResidualRose12To16_Upwards()
    {
        // CR24 Troubled Families 16 / 12 (001:886) -> 20 / 16 (000:1538); "↑ the direction of travel is increased" (000:1535).
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR24") }, Matched(new DirectionOfTravelRule()),
            Previous(Q1_2016, Paper(Q1_2016, "CR24")));

        ScoreMovement movement = Assert.Single(session.Derived<ScoreMovement>());

        Assert.Equal(DirectionOfTravel.Upwards, movement.Direction);
        Assert.Equal(12, movement.From!.Value.Value);
        Assert.Equal(16, movement.To.Value);
        Assert.False(movement.IsFavourable);
        Derivation why = session.AssertDerivedBy(movement, "Direction of travel", "000:1535");
        Assert.IsType<PreviousMatch>(Assert.Single(why.Sources));
    }

    [Fact]
    public void Fire_CR2UnchangedAndResidualFell_LevelAndDownwards()
    {
        // CR2 25 / 25 in both registers (001:866, 000:1517) is Level; CR1 with its residual lowered from 16 to 12 (a change
        // the papers do not print) is Downwards, good news for a risk.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR2"), Paper(Q2_2017, "CR1", residual: "12") },
            Matched(new DirectionOfTravelRule()), Previous(Q1_2016, Paper(Q1_2016, "CR1"), Paper(Q1_2016, "CR2")));

        var movements = session.Derived<ScoreMovement>();

        Assert.Equal(2, movements.Count);
        ScoreMovement cr2 = Assert.Single(movements, m => m.Entry.Id.Raw == "CR2");
        ScoreMovement cr1 = Assert.Single(movements, m => m.Entry.Id.Raw == "CR1");
        Assert.Equal(DirectionOfTravel.Level, cr2.Direction);
        Assert.Null(cr2.IsFavourable);
        Assert.Equal(DirectionOfTravel.Downwards, cr1.Direction);
        Assert.True(cr1.IsFavourable);
    }

    [Fact]
    public void Fire_EntryWithoutPreviousMatch_DerivesNoMovement()
    {
        // CR29 is new in 2017/18 (000:1458): there is no previous score to move from, so this rule says nothing.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR29") }, Matched(new DirectionOfTravelRule()),
            Previous(Q1_2016, Paper(Q1_2016, "CR24")));

        Assert.Empty(session.Derived<ScoreMovement>());
    }
}
