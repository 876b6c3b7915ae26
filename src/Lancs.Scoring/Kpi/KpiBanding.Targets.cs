using System.Globalization;

namespace Lancs.Scoring.Kpi;

/// <content>RAG by target and tolerance.</content>
internal static partial class KpiBanding
{
    /// <summary>Places an observation of an indicator banded by target in exactly one band, or says why it has none.</summary>
    public static BandAssignment AssignByTarget(Indicator indicator, KpiObservation observation)
    {
        if (observation.Value is not decimal value)
        {
            return NoValue;
        }

        if ((observation.Target ?? indicator.Target) is not decimal target)
        {
            return indicator.Untargeted(static i => BandAssignment.NotBanded(string.Format(
                CultureInfo.InvariantCulture, "Indicator '{0}' is banded by target, and no target was given.", i.Code)));
        }

        TargetBanding banding = indicator.TargetBanding!;
        KpiBand band = ByTarget(banding, indicator.Polarity, value, target);
        return BandAssignment.Banded(band, string.Format(
            CultureInfo.InvariantCulture,
            "{0} against target {1}: Green at or better than {1}, Amber to {2} ({3}, {4}), Red beyond{5}.",
            value,
            target,
            Worse(indicator.Polarity, target, banding.Amber.WidthAt(target)),
            banding.Amber,
            banding.AtTolerance == BoundaryRule.ToBetterBand ? "the edge Amber" : "the edge Red",
            banding.Blue is { } blue ? ", Blue beyond " + Better(indicator.Polarity, target, blue.WidthAt(target)).ToString(CultureInfo.InvariantCulture) : string.Empty));
    }

    /// <summary>Returns the band of <paramref name="value"/> against <paramref name="target"/>.</summary>
    /// <remarks>As with thresholds, the rank is the number of edges the value lies beyond on the bad side, edges in order
    /// from best to worst: the Blue edge (at it is not Blue), the target (at it is Green), the tolerance's edge (at it as the
    /// boundary rule says; counted only for a value worse than target, so a tolerance of 0 never makes the target Amber).
    /// So there is exactly one band, and it moves monotonically with the value.</remarks>
    public static KpiBand ByTarget(TargetBanding banding, Polarity polarity, decimal value, decimal target)
    {
        int rank = 0;
        if (banding.Blue is { } blue && polarity.Compare(value, Better(polarity, target, blue.WidthAt(target))) <= 0)
        {
            rank++;
        }

        bool worseThanTarget = polarity.Compare(value, target) < 0;
        if (worseThanTarget)
        {
            rank++;
            int atTolerance = polarity.Compare(value, Worse(polarity, target, banding.Amber.WidthAt(target)));
            if (atTolerance < 0 || (atTolerance == 0 && banding.AtTolerance == BoundaryRule.ToWorseBand))
            {
                rank++;
            }
        }

        return banding.Scheme.Bands[rank];
    }

    private static decimal Better(Polarity polarity, decimal target, decimal width) => Shift(target, polarity == Polarity.LowerIsBetter ? -1 : 1, width);

    private static decimal Worse(Polarity polarity, decimal target, decimal width) => Shift(target, polarity == Polarity.LowerIsBetter ? 1 : -1, width);

    /// <summary>Returns target + sign × width, saturating at decimal's range rather than overflowing on absurd inputs.</summary>
    private static decimal Shift(decimal target, int sign, decimal width)
    {
        try
        {
            return sign > 0 ? target + width : target - width;
        }
        catch (System.OverflowException)
        {
            return sign > 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }
}
