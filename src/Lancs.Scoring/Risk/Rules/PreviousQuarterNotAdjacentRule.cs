using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports a previous register that is not from the quarter just before.</summary>
[Name("Previous quarter not adjacent")]
[Description("Reports when the previous register given is not from the quarter just before, so that directions and changes span several quarters.")]
[Priority(60)]
[Tag("DataQuality")]
[Policy("000:1457-1462 changes are reported 'for this quarter', against the quarter before")]
public sealed class PreviousQuarterNotAdjacentRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        PreviousQuarterGiven given = null!;
        When().Match(() => given, g => !g.IsAdjacent);
        Then().Yield(_ => Findings.PreviousQuarterNotAdjacent(given));
    }
}
