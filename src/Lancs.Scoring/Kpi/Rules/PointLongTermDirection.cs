namespace Lancs.Scoring.Kpi.Rules;

/// <summary>Whether a point's value improved, worsened or stayed the same since the same period a year earlier.</summary>
internal sealed class PointLongTermDirection
{
    public PointLongTermDirection(SeriesPoint point, SeriesPoint yearEarlier, KpiDirection direction)
    {
        Point = point;
        YearEarlier = yearEarlier;
        Direction = direction;
    }

    public SeriesPoint Point { get; }

    public SeriesPoint YearEarlier { get; }

    public KpiDirection Direction { get; }

    public override string ToString() => Point + ": " + Direction + " since " + YearEarlier.Observation.Period;
}
