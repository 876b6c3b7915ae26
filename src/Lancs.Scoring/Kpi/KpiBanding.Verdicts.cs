using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;

namespace Lancs.Scoring.Kpi;

/// <content>Assignment, movement, direction, comparators and targets.</content>
internal static partial class KpiBanding
{
    /// <summary>The assignment of every observation without a value (shared: an assignment is immutable).</summary>
    private static readonly BandAssignment NoValue = BandAssignment.NoValue("No value was given, so no band is given.");

    /// <summary>The assignment of an observation missing the comparator its thresholds need, one per comparator.</summary>
    private static readonly ConcurrentDictionary<ComparatorKind, BandAssignment> MissingComparator = new();

    /// <summary>Places a valid observation in exactly one band, or says explicitly why it has none.</summary>
    public static BandAssignment Assign(Indicator indicator, KpiObservation observation)
    {
        if (observation.Value is not decimal value)
        {
            return NoValue;
        }

        if (indicator.IsDataOnly)
        {
            return indicator.Unbanded(static i => BandAssignment.DataOnly(string.Format(
                CultureInfo.InvariantCulture, "Indicator '{0}' is data only: reported for information, without a band.", i.Code)));
        }

        if (indicator.IsBandedByTarget)
        {
            return AssignByTarget(indicator, observation);
        }

        if (!indicator.IsBanded)
        {
            return indicator.Unbanded(static i => BandAssignment.NotBanded(string.Format(
                CultureInfo.InvariantCulture, "Indicator '{0}' has no thresholds, so its values are not banded.", i.Code)));
        }

        decimal[]? thresholds = ResolveThresholds(indicator, observation, out ComparatorKind? missing);
        if (thresholds is null)
        {
            return MissingComparator.GetOrAdd(missing!, static kind => BandAssignment.NotBanded(string.Format(
                CultureInfo.InvariantCulture, "The {0} its thresholds need was not given.", kind.Label)));
        }

        KpiBand band = Band(indicator, value, thresholds);
        return BandAssignment.Banded(band, string.Format(
            CultureInfo.InvariantCulture, "{0} against thresholds {1}.", value, string.Join(" / ", thresholds)));
    }

    /// <summary>Returns how the band moved from the previous period; unknown when either is not banded.</summary>
    public static BandMovement Movement(BandAssignment? previous, BandAssignment current)
    {
        if (previous?.Band is not KpiBand before || current.Band is not KpiBand after)
        {
            return BandMovement.Unknown;
        }

        return after.Rank < before.Rank ? BandMovement.MovedUp
            : after.Rank > before.Rank ? BandMovement.Dropped
            : BandMovement.Stayed;
    }

    /// <summary>Returns whether the value improved, worsened or stayed the same, given the polarity.</summary>
    public static KpiDirection Direction(Polarity polarity, decimal? previous, decimal? current)
    {
        if (previous is null || current is null || !polarity.HasDirection)
        {
            return KpiDirection.Unknown;
        }

        int comparison = polarity.Compare(current.Value, previous.Value);
        return comparison > 0 ? KpiDirection.Improved : comparison < 0 ? KpiDirection.Worsened : KpiDirection.Unchanged;
    }

    /// <summary>Returns one verdict per comparator known for the observation, in comparator order.</summary>
    public static IReadOnlyList<ComparatorResult> Compare(Indicator indicator, KpiObservation observation)
    {
        var results = new List<ComparatorResult>();
        foreach (ComparatorKind kind in ComparatorKinds)
        {
            if (ComparatorValue(indicator, observation, kind) is decimal comparator)
            {
                results.Add(new ComparatorResult(kind, comparator, Verdict(indicator.Polarity, observation.Value, comparator)));
            }
        }

        return results;
    }

    /// <summary>Returns whether <paramref name="value"/> is better, the same or worse than the comparator.</summary>
    public static ComparatorVerdict Verdict(Polarity polarity, decimal? value, decimal comparator)
    {
        if (value is null || !polarity.HasDirection)
        {
            return ComparatorVerdict.Unknown;
        }

        int comparison = polarity.Compare(value.Value, comparator);
        return comparison > 0 ? ComparatorVerdict.Better : comparison < 0 ? ComparatorVerdict.Worse : ComparatorVerdict.Same;
    }

    /// <summary>Returns whether the observation achieved its target (its own, else the indicator's).</summary>
    public static TargetAttainment Target(Indicator indicator, KpiObservation observation)
    {
        decimal? target = observation.Target ?? indicator.Target;
        if (target is null)
        {
            return TargetAttainment.NoTarget;
        }

        if (observation.Value is not decimal value || !indicator.Polarity.HasDirection)
        {
            return TargetAttainment.Unknown;
        }

        return indicator.Polarity.Compare(value, target.Value) >= 0 ? TargetAttainment.Achieved : TargetAttainment.NotAchieved;
    }

    private static readonly ComparatorKind[] ComparatorKinds =
        { ComparatorKind.England, ComparatorKind.NorthWest, ComparatorKind.StatisticalNeighbours, ComparatorKind.TopQuartile };
}
