using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Kpi.Rules;

/// <summary>
/// Says whether each observation's value improved, worsened or stayed the same against the previous period of the
/// same indicator, reading "better" from the indicator's polarity.
/// </summary>
/// <remarks>The previous period's point is linked to each point when its series is built, so the rule reads it from the
/// point instead of joining every point to the points of the session: one pattern, which the batch engine scans with the
/// other checks of a point and NRules matches without a join (its joins are nested loops).</remarks>
[Name("KPI direction of travel")]
[Description("Says whether an observation's value improved, worsened or was unchanged since the previous period, given the indicator's polarity.")]
[Priority(10)]
[Tag("Kpi")]
[Policy("002:452 \"Good is High or Low\"; 000:1636 a fall in the CPP rate \"was an improvement\"")]
public sealed class DirectionOfTravelRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        SeriesPoint current = null!;

        When()
            .Match(() => current, c => c.HasPrevious);
        Then()
            .Yield(_ => new PointDirection(current, KpiBanding.Direction(current.Indicator.Polarity, current.Previous!.Observation.Value, current.Observation.Value)));
    }
}
