using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Derives the direction of travel from the residual score against the previous quarter.</summary>
[Name("Direction of travel")]
[Description("Derives the direction of travel from the residual score against the same entry in the previous quarter: Upwards, Downwards or Level.")]
[Priority(70)]
[Tag("DirectionOfTravel")]
[Policy("000:1535 '↑the direction of travel is increased'; register_rules §5: derived from the scores, kept apart from the owner's stated direction")]
public sealed class DirectionOfTravelRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        PreviousMatch match = null!;
        When().Match(() => match);
        Then().Yield(_ => ScoreMovement.Of(match));
    }
}
