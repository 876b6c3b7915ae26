using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Marks an entry with no match in the previous quarter as New.</summary>
[Name("New entry")]
[Description("Gives an entry with no match in the previous quarter's register the direction New; without a previous register there is no direction.")]
[Priority(70)]
[Tag("DirectionOfTravel")]
[Policy("000:1457 'for this quarter there are three new entries'")]
public sealed class NewEntryRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        When()
            .Match(() => scored)
            .Exists<PreviousQuarterGiven>()
            .Not<PreviousMatch>(m => m.Current.Entry == scored.Entry);
        Then().Yield(_ => ScoreMovement.New(scored));
    }
}
