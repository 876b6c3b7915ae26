using System.Collections.Generic;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// Everything scoring says about one valid observation: its band, how the band and the value moved since the
/// previous period and since the same period a year earlier, how it compares with each comparator, and whether it
/// achieved its target.
/// </summary>
public sealed class KpiResult
{
    internal KpiResult(
        KpiObservation observation,
        Indicator indicator,
        BandAssignment assignment,
        KpiPeriod? previousPeriod,
        BandMovement movement,
        KpiDirection direction,
        IReadOnlyList<ComparatorResult> comparisons,
        TargetAttainment target,
        KpiPeriod? yearEarlierPeriod,
        KpiDirection longTermDirection)
    {
        YearEarlierPeriod = yearEarlierPeriod;
        LongTermDirection = longTermDirection;
        Observation = observation;
        Indicator = indicator;
        Assignment = assignment;
        PreviousPeriod = previousPeriod;
        Movement = movement;
        Direction = direction;
        Comparisons = comparisons;
        Target = target;
    }

    /// <summary>Gets the observation scored.</summary>
    public KpiObservation Observation { get; }

    /// <summary>Gets the indicator it belongs to.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the band, or why there is none.</summary>
    public BandAssignment Assignment { get; }

    /// <summary>Gets the band, or <see langword="null"/> when not banded.</summary>
    public KpiBand? Band => Assignment.Band;

    /// <summary>Gets the previous period of the same indicator in this run, or <see langword="null"/> when this is the first.</summary>
    public KpiPeriod? PreviousPeriod { get; }

    /// <summary>Gets how the band moved since the previous period.</summary>
    public BandMovement Movement { get; }

    /// <summary>Gets whether the value improved, worsened or stayed the same since the previous period.</summary>
    public KpiDirection Direction { get; }

    /// <summary>Gets the same period a year earlier (the period ending twelve months before), when this run has it; otherwise
    /// <see langword="null"/>.</summary>
    public KpiPeriod? YearEarlierPeriod { get; }

    /// <summary>Gets the long-term direction of travel: whether the value improved, worsened or stayed the same since the same
    /// period a year earlier, beside the short-term <see cref="Direction"/>; unknown without that period.</summary>
    public KpiDirection LongTermDirection { get; }

    /// <summary>Gets one verdict per comparator given for the observation or its indicator, in comparator order.</summary>
    public IReadOnlyList<ComparatorResult> Comparisons { get; }

    /// <summary>Gets whether the observation achieved its target.</summary>
    public TargetAttainment Target { get; }

    /// <summary>Returns the observation and its band.</summary>
    /// <returns>"code @ period: value → band".</returns>
    public override string ToString() => Observation + " → " + Assignment;
}
