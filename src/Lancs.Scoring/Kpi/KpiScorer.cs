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
        IRuleRun session = _rules.NewRun();
        session.InsertAll(points);
        session.Fire();
        return new KpiScoreReport(Assemble(session, points), rejections.AsReadOnly());
    }

    private static IReadOnlyList<KpiResult> Assemble(IRuleRun session, List<SeriesPoint> points)
    {
        // A point's index is its position among the accepted observations, so a flat table from index to position in
        // points does what a dictionary would, without a million entries' buckets and hashing.
        var highest = -1;
        foreach (SeriesPoint point in points)
        {
            highest = Math.Max(highest, point.Index);
        }

        var slot = new int[highest + 1];
        for (int i = 0; i < points.Count; i++)
        {
            slot[points[i].Index] = i;
        }

        var bands = new BandAssignment[points.Count];
        var movements = new BandMovement?[points.Count];
        var directions = new KpiDirection?[points.Count];
        var comparisons = new IReadOnlyList<ComparatorResult>?[points.Count];
        var targets = new TargetAttainment?[points.Count];
        var longTerm = new PointLongTermDirection?[points.Count];
        foreach (PointBand band in session.Query<PointBand>())
        {
            bands[slot[band.Point.Index]] = band.Assignment;
        }

        foreach (PointMovement movement in session.Query<PointMovement>())
        {
            movements[slot[movement.Point.Index]] = movement.Movement;
        }

        foreach (PointDirection direction in session.Query<PointDirection>())
        {
            directions[slot[direction.Point.Index]] = direction.Direction;
        }

        foreach (PointComparisons comparison in session.Query<PointComparisons>())
        {
            comparisons[slot[comparison.Point.Index]] = comparison.Comparisons;
        }

        foreach (PointTarget target in session.Query<PointTarget>())
        {
            targets[slot[target.Point.Index]] = target.Attainment;
        }

        foreach (PointLongTermDirection direction in session.Query<PointLongTermDirection>())
        {
            longTerm[slot[direction.Point.Index]] = direction;
        }

        var results = new KpiResult[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            SeriesPoint point = points[i];
            results[i] = new KpiResult(
                point.Observation,
                point.Indicator,
                bands[i],
                point.Previous?.Observation.Period,
                movements[i] ?? BandMovement.Unknown,
                directions[i] ?? KpiDirection.Unknown,
                comparisons[i] ?? Array.Empty<ComparatorResult>(),
                targets[i] ?? TargetAttainment.NoTarget,
                longTerm[i]?.YearEarlier.Observation.Period,
                longTerm[i]?.Direction ?? KpiDirection.Unknown);
        }

        return results;
    }
}
