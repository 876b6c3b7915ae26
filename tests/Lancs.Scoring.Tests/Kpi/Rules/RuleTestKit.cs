using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Tests.Kpi.Rules;

/// <summary>Runs a small set of KPI rules in an isolated session over observations prepared as the scorer does.</summary>
internal static class RuleTestKit
{
    public static BatchSession Run(IEnumerable<KpiObservation> observations, params Rule[] rules) => Run(KpiCatalogue.Papers, observations, rules);

    public static BatchSession Run(KpiCatalogue catalogue, IEnumerable<KpiObservation> observations, params Rule[] rules)
    {
        var rejections = new List<Rejection>();
        List<SeriesPoint> points = ObservationValidator.Prepare(catalogue, observations, rejections);
        BatchSession session = BatchRuleSet.Compile(RuleDefinitions.Create(rules)).CreateSession();
        session.InsertAll(points);
        session.Fire();
        return session;
    }

    public static KpiObservation Cpp(int year, int month, decimal? value)
        => KpiObservation.Create("CPP-RATE", KpiPeriod.Ending(year, month), value);

    public static IReadOnlyList<T> Derived<T>(this BatchSession session) => session.Query<T>().ToList();
}
