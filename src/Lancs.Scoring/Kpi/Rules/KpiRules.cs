using System.Collections.Generic;
using Lancs.Scoring.Engine;
using NRules.RuleModel;

namespace Lancs.Scoring.Kpi.Rules;

/// <summary>The KPI rules, in the order that breaks ties between equal priorities.</summary>
public static class KpiRules
{
    /// <summary>Returns one instance of every KPI rule.</summary>
    /// <returns>The NRules.Fluent rule instances.</returns>
    public static IReadOnlyList<NRules.Fluent.Dsl.Rule> All() => new NRules.Fluent.Dsl.Rule[]
    {
        new BandObservationRule(),
        new BandMovementRule(),
        new DirectionOfTravelRule(),
        new ComparatorRule(),
        new TargetRule(),
        new RagBandRule(),
        new LongTermDirectionRule(),
    };

    /// <summary>Returns the KPI rules as an NRules rule set, for an app's own NRules <c>RuleRepository</c>.</summary>
    /// <returns>The rule set named <c>Lancs.Scoring.Kpi</c>.</returns>
    /// <remarks>Insert one <see cref="SeriesPoint"/> per observation (made by <see cref="KpiScorer"/>'s validation, which
    /// links each to the previous point of its indicator); query <see cref="PointBand"/>, <see cref="PointMovement"/>,
    /// <see cref="PointDirection"/>, <see cref="PointLongTermDirection"/>, <see cref="PointComparisons"/> and <see cref="PointTarget"/>.</remarks>
    public static IRuleSet RuleSet() => RuleDefinitions.ToRuleSet("Lancs.Scoring.Kpi", All());
}
