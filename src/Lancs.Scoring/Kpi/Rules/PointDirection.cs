namespace Lancs.Scoring.Kpi.Rules;

/// <summary>Whether a point's value improved, worsened or stayed the same since the previous period.</summary>
internal sealed class PointDirection
{
    public PointDirection(SeriesPoint point, KpiDirection direction)
    {
        Point = point;
        Direction = direction;
    }

    public SeriesPoint Point { get; }

    public KpiDirection Direction { get; }

    public override string ToString() => Point + ": " + Direction;
}
