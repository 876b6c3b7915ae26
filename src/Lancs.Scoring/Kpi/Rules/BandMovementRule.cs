using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Kpi.Rules;

/// <summary>
/// Compares each observation's band with the band of the previous period of the same indicator: moved up, stayed,
/// dropped, or unknown when either period is not banded.
/// </summary>
[Name("KPI band movement")]
[Description("Says whether an observation moved up, stayed in or dropped from the band of the previous period of its indicator.")]
[Priority(20)]
[Tag("Kpi")]
[Policy("000:1636 \"moved up to the Requires Improvement threshold category\"; 000:1622 \"moved down\"; 000:1618 \"remains Inadequate\"")]
public sealed class BandMovementRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        PointBand current = null!;
        PointBand previous = null!;

        When()
            .Match(() => current, c => c.Point.HasPrevious)
            .Match(() => previous, p => p.Point.Index == current.Point.PreviousIndex);
        Then()
            .Yield(_ => new PointMovement(current.Point, KpiBanding.Movement(previous.Assignment, current.Assignment)));
    }
}
