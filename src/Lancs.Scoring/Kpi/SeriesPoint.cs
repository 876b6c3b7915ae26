namespace Lancs.Scoring.Kpi;

/// <summary>
/// A valid observation placed in its indicator's series: the fact the rules start from.
/// </summary>
/// <remarks><see cref="Index"/> is unique in one run. A point is linked when its series is built to the same indicator's
/// latest earlier period (<see cref="Previous"/>) and to its period a year earlier (<see cref="YearEarlier"/>), so the
/// direction rules read them without a join; <see cref="PreviousIndex"/> is the previous point's index, or -1, the key on
/// which the band movement joins a point's band to its predecessor's.</remarks>
internal sealed class SeriesPoint
{
    public SeriesPoint(int index, KpiObservation observation, Indicator indicator, SeriesPoint? previous, SeriesPoint? yearEarlier)
    {
        Index = index;
        Observation = observation;
        Indicator = indicator;
        Previous = previous;
        PreviousIndex = previous?.Index ?? -1;
        YearEarlier = yearEarlier;
    }

    public int Index { get; }

    public KpiObservation Observation { get; }

    public Indicator Indicator { get; }

    public SeriesPoint? Previous { get; }

    public int PreviousIndex { get; }

    public bool HasPrevious => PreviousIndex >= 0;

    /// <summary>The same indicator's point for the period ending twelve months before this one's, or <see langword="null"/>.</summary>
    public SeriesPoint? YearEarlier { get; }

    /// <summary>The order of the point's period (its end month).</summary>
    public int PeriodOrder => Observation.Period.Order;

    public bool HasComparators => Observation.Comparators.Count > 0 || Indicator.Comparators.Count > 0;

    public bool HasTarget => Observation.Target is not null || Indicator.Target is not null;

    public override string ToString() => Observation.ToString();
}
