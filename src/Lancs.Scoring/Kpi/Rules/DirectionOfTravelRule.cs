using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Kpi.Rules;

/// <summary>
/// Says whether each observation's value improved, worsened or stayed the same against the previous period of the
/// same indicator, reading "better" from the indicator's polarity.
/// </summary>
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
        SeriesPoint previous = null!;

        When()
            .Match(() => current, c => c.HasPrevious)
            .Match(() => previous, p => p.Index == current.PreviousIndex);
        Then()
            .Yield(_ => new PointDirection(current, KpiBanding.Direction(current.Indicator.Polarity, previous.Observation.Value, current.Observation.Value)));
    }
}
