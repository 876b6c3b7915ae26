using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Kpi.Rules;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi.Rules;

public sealed class BandMovementRuleTests
{
    [Fact]
    public void Fire_CppRateFromInadequateToRequiresImprovement_MovedUp()
    {
        // 000:1636 "moved up to the Requires Improvement threshold category"
        BatchSession session = RuleTestKit.Run(new[] { RuleTestKit.Cpp(2017, 6, 52.5m), RuleTestKit.Cpp(2017, 3, 57.5m) }, new BandObservationRule(), new BandMovementRule());

        PointMovement movement = Assert.Single(session.Derived<PointMovement>());

        Assert.Equal(BandMovement.MovedUp, movement.Movement);
        Assert.Equal(2017, movement.Point.Observation.Period.EndYear);
        Assert.Equal(6, movement.Point.Observation.Period.EndMonth);
    }

    [Fact]
    public void Fire_FirstPeriodOfASeries_DerivesNoMovement()
    {
        BatchSession session = RuleTestKit.Run(new[] { RuleTestKit.Cpp(2017, 6, 52.5m) }, new BandObservationRule(), new BandMovementRule());

        Assert.Empty(session.Derived<PointMovement>());
    }

    [Fact]
    public void Fire_PreviousPeriodWithoutValue_MovementIsUnknown()
    {
        BatchSession session = RuleTestKit.Run(new[] { RuleTestKit.Cpp(2017, 3, null), RuleTestKit.Cpp(2017, 6, 52.5m) }, new BandObservationRule(), new BandMovementRule());

        Assert.Equal(BandMovement.Unknown, session.Derived<PointMovement>().Single().Movement);
    }
}
