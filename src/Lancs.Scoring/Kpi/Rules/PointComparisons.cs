using System.Collections.Generic;

namespace Lancs.Scoring.Kpi.Rules;

/// <summary>A point's verdict against each comparator it has.</summary>
internal sealed class PointComparisons
{
    public PointComparisons(SeriesPoint point, IReadOnlyList<ComparatorResult> comparisons)
    {
        Point = point;
        Comparisons = comparisons;
    }

    public SeriesPoint Point { get; }

    public IReadOnlyList<ComparatorResult> Comparisons { get; }

    public override string ToString() => Point + ": " + string.Join("; ", Comparisons);
}
