using System.Globalization;
using System.Linq;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Json;

/// <summary>The KPI types in the JSON contract's shape.</summary>
internal static class KpiShapes
{
    public static KpiResultJson Result(KpiResult r) => new()
    {
        Indicator = r.Indicator.Code,
        Period = r.Observation.Period.Label,
        PeriodEnd = string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}", r.Observation.Period.EndYear, r.Observation.Period.EndMonth),
        Value = r.Observation.Value,
        ValueText = r.Observation.IsUnreadable ? r.Observation.ValueText : null,
        Status = r.Assignment.Status.Name,
        Band = r.Band?.Name,
        Scheme = r.Band?.SchemeName,
        Reason = r.Assignment.Reason,
        PreviousPeriod = r.PreviousPeriod?.Label,
        Movement = r.Movement.Name,
        Direction = r.Direction.Name,
        YearEarlierPeriod = r.YearEarlierPeriod?.Label,
        LongTermDirection = r.LongTermDirection.Name,
        Comparisons = r.Comparisons.Select(c => new ComparisonJson { Comparator = c.Comparator.Name, Value = c.ComparatorValue, Verdict = c.Verdict.Name }).ToList(),
        Target = r.Target.Name,
        TargetValue = r.Observation.Target ?? r.Indicator.Target,
    };
}
