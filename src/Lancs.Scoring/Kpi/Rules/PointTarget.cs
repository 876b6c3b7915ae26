namespace Lancs.Scoring.Kpi.Rules;

/// <summary>Whether a point achieved its target.</summary>
internal sealed class PointTarget
{
    public PointTarget(SeriesPoint point, TargetAttainment attainment)
    {
        Point = point;
        Attainment = attainment;
    }

    public SeriesPoint Point { get; }

    public TargetAttainment Attainment { get; }

    public override string ToString() => Point + ": " + Attainment;
}
