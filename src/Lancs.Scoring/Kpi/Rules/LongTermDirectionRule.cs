using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Kpi.Rules;

/// <summary>
/// Says whether each observation's value improved, worsened or stayed the same against the same period a year earlier
/// (the period of the same indicator ending twelve months before), beside the short-term direction of travel.
/// </summary>
/// <remarks>The point a year earlier is linked to each point when its series is built, so the rule reads it from the
/// point instead of joining every point to the session's points on indicator and period (NRules makes that join as
/// nested loops).</remarks>
[Name("KPI long-term direction of travel")]
[Description("Says whether an observation's value improved, worsened or was unchanged since the same period a year earlier, given the indicator's polarity.")]
[Priority(10)]
[Tag("Kpi")]
[Policy("000:1636 the CPP rate \"was an improvement on the position at the end of quarter one 2016/17\"; 000:1656 museum visits \"gone down slightly, from 70,861 visitors in Q1 2016/17 to 70,140 in Q1 2017/18\"")]
public sealed class LongTermDirectionRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        SeriesPoint current = null!;

        When()
            .Match(() => current, c => c.YearEarlier != null);
        Then()
            .Yield(_ => new PointLongTermDirection(current, current.YearEarlier!, KpiBanding.Direction(current.Indicator.Polarity, current.YearEarlier!.Observation.Value, current.Observation.Value)));
    }
}
