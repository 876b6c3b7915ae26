using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an owner's stated direction of travel that contradicts the score movement.</summary>
[Name("Stated direction contradicts scores")]
[Description("Reports an entry whose stated direction of travel (Upwards, Downwards, Level) differs from the movement of its residual score since the previous quarter.")]
[Priority(60)]
[Tag("DataQuality")]
[Tag("DirectionOfTravel")]
[Policy("register_rules §5.2: 000:1471 'Residual risk remains unchanged' printed with 'Downwards' (000:1527); the stated direction is the owner's judgement")]
public sealed class StatedDirectionContradictsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ScoreMovement movement = null!;
        When().Match(() => movement,
            m => m.Direction != DirectionOfTravel.New,
            m => m.Entry.StatedDirection.Normalised != null,
            m => m.Entry.StatedDirection.Normalised != m.Direction);
        Then().Yield(_ => Findings.DirectionContradicts(movement));
    }
}
