using System.Collections.Generic;

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
        // The points come in input order, and a point's index is its position among the accepted observations: an array
        // by index holds each point's band, which the next point of its series reads for its movement.
        var assignments = new BandAssignment[points.Count == 0 ? 0 : points[points.Count - 1].Index + 1];
        foreach (SeriesPoint point in points)
        {
            assignments[point.Index] = KpiBanding.Assign(point.Indicator, point.Observation);
        }

        var results = new List<KpiResult>(points.Count);
        foreach (SeriesPoint point in points)
        {
            BandAssignment assignment = assignments[point.Index];
            SeriesPoint? previous = point.Previous;
            SeriesPoint? yearEarlier = point.YearEarlier;
            results.Add(new KpiResult(
                point.Observation,
                point.Indicator,
                assignment,
                previous?.Observation.Period,
                previous is null ? BandMovement.Unknown : KpiBanding.Movement(assignments[previous.Index], assignment),
                KpiBanding.Direction(point.Indicator.Polarity, previous?.Observation.Value, point.Observation.Value),
                KpiBanding.Compare(point.Indicator, point.Observation),
                KpiBanding.Target(point.Indicator, point.Observation),
                yearEarlier?.Observation.Period,
                yearEarlier is null ? KpiDirection.Unknown : KpiBanding.Direction(point.Indicator.Polarity, yearEarlier.Observation.Value, point.Observation.Value)));
        }

        return new KpiScoreReport(results.AsReadOnly(), rejections.AsReadOnly());
    }
}
