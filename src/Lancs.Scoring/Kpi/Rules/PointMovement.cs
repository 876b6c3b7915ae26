namespace Lancs.Scoring.Kpi.Rules;

/// <summary>How a point's band moved since the previous period of its indicator.</summary>
internal sealed class PointMovement
{
    public PointMovement(SeriesPoint point, BandMovement movement)
    {
        Point = point;
        Movement = movement;
    }

    public SeriesPoint Point { get; }

    public BandMovement Movement { get; }

    public override string ToString() => Point + ": " + Movement;
}
