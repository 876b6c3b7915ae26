using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Kpi.Rules;

/// <summary>
/// Says whether each observation with a target achieved it: at or better than the target, given the polarity, so a
/// lower-is-better value equal to its target is achieved.
/// </summary>
[Name("KPI target")]
[Description("Says whether an observation achieved its target: at or better than it, given the indicator's polarity.")]
[Priority(10)]
[Tag("Kpi")]
[Policy("002:585 \"reduced to 1761 and so have achieved the Q4 Better Care Fund target of 1795\"; 001:1078 \"SLA targets were met or were exceeded\"")]
public sealed class TargetRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        SeriesPoint point = null!;

        When()
            .Match(() => point, p => p.HasTarget);
        Then()
            .Yield(_ => new PointTarget(point, KpiBanding.Target(point.Indicator, point.Observation)));
    }
}
