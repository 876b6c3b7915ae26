namespace Lancs.Scoring.Kpi.Rules;

/// <summary>The band (or its explicit absence) derived for one series point.</summary>
internal sealed class PointBand
{
    public PointBand(SeriesPoint point, BandAssignment assignment)
    {
        Point = point;
        Assignment = assignment;
    }

    public SeriesPoint Point { get; }

    public BandAssignment Assignment { get; }

    public override string ToString() => Point + " → " + Assignment;
}
