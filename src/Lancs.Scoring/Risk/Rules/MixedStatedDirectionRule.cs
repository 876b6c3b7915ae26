using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports a stated direction that opens with one keyword and qualifies it with another.</summary>
[Name("Mixed stated direction")]
[Description("Reports a stated direction of travel that starts with a keyword and then qualifies it, such as 'Level – however the direction of travel is increased', or that states two directions in plain words.")]
[Priority(60)]
[Tag("DataQuality")]
[Tag("DirectionOfTravel")]
[Policy("001:882 'Level – however the direction of travel is increased'; 000:1532 'Level – In relation to assets the trend is downwards'")]
public sealed class MixedStatedDirectionRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        When().Match(() => scored, s => s.Entry.StatedDirection.IsMixed);
        Then().Yield(_ => Findings.MixedStatedDirection(scored));
    }
}
