using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Kpi.Rules;

/// <summary>
/// Says whether each observation is better, the same as or worse than each comparator it has (England, North West,
/// statistical neighbours, top quartile), given the indicator's polarity.
/// </summary>
/// <remarks>A comparator does not set the band: the CLA rate is Inadequate although better than the North West
/// (000:1618).</remarks>
[Name("KPI comparators")]
[Description("Says whether an observation is better, the same as or worse than each of its comparators, given the indicator's polarity.")]
[Priority(10)]
[Tag("Kpi")]
[Policy("000:1618 \"higher than the national (60.0) and statistical neighbour (63.0) rates, but lower than the regional rate (82.0)\"; 002:452 \"England Average\"")]
public sealed class ComparatorRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        SeriesPoint point = null!;

        When()
            .Match(() => point, p => p.HasComparators);
        Then()
            .Yield(_ => new PointComparisons(point, KpiBanding.Compare(point.Indicator, point.Observation)));
    }
}
