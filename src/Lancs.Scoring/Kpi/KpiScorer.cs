using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Engine.Runs;
using NRules.RuleModel;
using Lancs.Scoring.Kpi.Rules;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// The entry point for KPI banding: scores observations against a catalogue with the KPI rules.
/// </summary>
/// <remarks>
/// <para>The constructor compiles the rule set once; reuse the scorer. Each call to <see cref="Score"/> runs one
/// cheap session. Bad observations (unknown indicator, NaN or infinity, a value outside the indicator's bounds, a
/// period given twice) become <see cref="Rejection"/>s and the rest are scored.</para>
/// </remarks>
/// <threadsafety static="true" instance="true">A scorer is immutable; call <see cref="Score"/> from many threads at once.</threadsafety>
/// <example>
/// <code>
/// var scorer = new KpiScorer(KpiCatalogue.Papers);
/// KpiScoreReport report = scorer.Score(new[]
/// {
///     KpiObservation.Create("CPP-RATE", KpiPeriod.Ending(2017, 3, "Q4 2016/17"), 57.5m),
///     KpiObservation.Create("CPP-RATE", KpiPeriod.Ending(2017, 6, "Q1 2017/18"), 52.5m),
/// });
/// // report.Results[1]: Requires Improvement, MovedUp, Improved
/// </code>
/// </example>
public sealed class KpiScorer
{
    private readonly RuleEngine _rules;

    /// <summary>Creates a scorer and compiles its rules.</summary>
    /// <param name="catalogue">The indicators to score against.</param>
    /// <param name="runtime">Where the rules run: the batch engine (the default), or an NRules session, with equal results.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is <see langword="null"/>.</exception>
    public KpiScorer(KpiCatalogue catalogue, RuleRuntime runtime = RuleRuntime.Batch)
    {
        Catalogue = Guard.NotNull(catalogue);
        _rules = new RuleEngine(RuleDefinitions.Create(KpiRules.All()), runtime);
    }

    /// <summary>Gets the catalogue the scorer scores against.</summary>
    public KpiCatalogue Catalogue { get; }

    /// <summary>Gets the KPI rules, with their names, descriptions and policy citations.</summary>
    public IReadOnlyList<IRuleDefinition> Rules => _rules.Rules;

    /// <summary>Gets the runtime the rules run in.</summary>
    public RuleRuntime Runtime => _rules.Runtime;

    /// <summary>Scores observations: one result per valid observation, in input order, and one rejection per bad one.</summary>
    /// <param name="observations">The observations; the previous period of each is found among them.</param>
    /// <returns>The results and the rejections.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public KpiScoreReport Score(IEnumerable<KpiObservation> observations)
    {
        Guard.NotNull(observations);
        var rejections = new List<Rejection>();
        List<SeriesPoint> points = ObservationValidator.Prepare(Catalogue, observations, rejections);
        IRuleRun session = _rules.NewRun(explains: false); // KPI results carry no explanations
        session.InsertAll(points);
        session.Fire();
        return new KpiScoreReport(Assemble(session, points), rejections.AsReadOnly());
    }

    private static IReadOnlyList<KpiResult> Assemble(IRuleRun session, List<SeriesPoint> points)
    {
        var bands = new PointOrderedFacts<PointBand>(session.Query<PointBand>(), static f => f.Point);
        var movements = new PointOrderedFacts<PointMovement>(session.Query<PointMovement>(), static f => f.Point);
        var directions = new PointOrderedFacts<PointDirection>(session.Query<PointDirection>(), static f => f.Point);
        var comparisons = new PointOrderedFacts<PointComparisons>(session.Query<PointComparisons>(), static f => f.Point);
        var targets = new PointOrderedFacts<PointTarget>(session.Query<PointTarget>(), static f => f.Point);
        var longTerm = new PointOrderedFacts<PointLongTermDirection>(session.Query<PointLongTermDirection>(), static f => f.Point);
        var results = new KpiResult[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            SeriesPoint point = points[i];
            PointLongTermDirection? yearOn = longTerm.About(point);
            results[i] = new KpiResult(
                point.Observation,
                point.Indicator,
                bands.About(point)?.Assignment ?? throw new InvalidOperationException($"{point.Observation.Entry}: no banding rule assigned the observation."),
                point.Previous?.Observation.Period,
                movements.About(point)?.Movement ?? BandMovement.Unknown,
                directions.About(point)?.Direction ?? KpiDirection.Unknown,
                comparisons.About(point)?.Comparisons ?? Array.Empty<ComparatorResult>(),
                targets.About(point)?.Attainment ?? TargetAttainment.NoTarget,
                yearOn?.YearEarlier.Observation.Period,
                yearOn?.Direction ?? KpiDirection.Unknown);
        }

        bands.CheckAllPlaced();
        movements.CheckAllPlaced();
        directions.CheckAllPlaced();
        comparisons.CheckAllPlaced();
        targets.CheckAllPlaced();
        longTerm.CheckAllPlaced();
        return results;
    }
}
