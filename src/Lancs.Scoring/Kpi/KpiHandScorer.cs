using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// The same scoring as <see cref="KpiScorer"/> written as a plain loop, without the rules engine: the baseline the
/// benchmarks compare the rules with, and the reference the rules are tested against.
/// </summary>
internal sealed class KpiHandScorer
{
    private readonly KpiCatalogue _catalogue;

    public KpiHandScorer(KpiCatalogue catalogue) => _catalogue = Guard.NotNull(catalogue);

    public KpiScoreReport Score(IEnumerable<KpiObservation?> observations)
    {
        Guard.NotNull(observations);
        var rejections = new List<Rejection>();
        List<SeriesPoint> points = ObservationValidator.Prepare(_catalogue, observations, rejections);
        var assignments = new Dictionary<SeriesPoint, BandAssignment>();
        foreach (SeriesPoint point in points)
        {
            assignments[point] = KpiBanding.Assign(point.Indicator, point.Observation);
        }

        var byPeriod = points.ToDictionary(p => (p.Indicator, p.PeriodOrder));
        var results = new List<KpiResult>(points.Count);
        foreach (SeriesPoint point in points.OrderBy(p => p.Index))
        {
            BandAssignment assignment = assignments[point];
            SeriesPoint? previous = point.Previous;
            SeriesPoint? yearEarlier = byPeriod.TryGetValue((point.Indicator, point.YearEarlierOrder), out SeriesPoint? found) ? found : null;
            results.Add(new KpiResult(
                point.Observation,
                point.Indicator,
                assignment,
                previous?.Observation.Period,
                previous is null ? BandMovement.Unknown : KpiBanding.Movement(assignments[previous], assignment),
                KpiBanding.Direction(point.Indicator.Polarity, previous?.Observation.Value, point.Observation.Value),
                KpiBanding.Compare(point.Indicator, point.Observation),
                KpiBanding.Target(point.Indicator, point.Observation),
                yearEarlier?.Observation.Period,
                yearEarlier is null ? KpiDirection.Unknown : KpiBanding.Direction(point.Indicator.Polarity, yearEarlier.Observation.Value, point.Observation.Value)));
        }

        return new KpiScoreReport(results.AsReadOnly(), rejections.AsReadOnly());
    }
}
