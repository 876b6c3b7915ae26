namespace Lancs.Scoring.Kpi;

/// <summary>
/// A valid observation placed in its indicator's series: the fact the rules start from.
/// </summary>
/// <remarks><see cref="Index"/> is unique in one run; <see cref="PreviousIndex"/> is the index of the same
/// indicator's latest earlier period, or -1, so that rules can join a point to its predecessor on one key; the long-term
/// direction joins a point to the same indicator's point a year earlier on <see cref="Indicator"/> and <see cref="YearEarlierOrder"/>.</remarks>
internal sealed class SeriesPoint
{
    public SeriesPoint(int index, KpiObservation observation, Indicator indicator, SeriesPoint? previous)
    {
        Index = index;
        Observation = observation;
        Indicator = indicator;
        Previous = previous;
        PreviousIndex = previous?.Index ?? -1;
    }

    public int Index { get; }

    public KpiObservation Observation { get; }

    public Indicator Indicator { get; }

    public SeriesPoint? Previous { get; }

    public int PreviousIndex { get; }

    public bool HasPrevious => PreviousIndex >= 0;

    /// <summary>The order of the point's period (its end month), the key the long-term direction joins on.</summary>
    public int PeriodOrder => Observation.Period.Order;

    /// <summary>The order of the period ending a year earlier: the same period of the previous year.</summary>
    public int YearEarlierOrder => Observation.Period.Order - 12;

    public bool HasComparators => Observation.Comparators.Count > 0 || Indicator.Comparators.Count > 0;

    public bool HasTarget => Observation.Target is not null || Indicator.Target is not null;

    public override string ToString() => Observation.ToString();
}
