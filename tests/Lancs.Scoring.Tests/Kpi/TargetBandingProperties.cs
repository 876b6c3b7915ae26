using System;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Tests.Kpi;

/// <summary>The laws of RAG by target and tolerance, over random targets, tolerances (fixed or a percentage of target),
/// boundary rules, Blue margins and both polarities.</summary>
public sealed class TargetBandingProperties
{
    [Property(MaxTest = 1000)]
    public bool ByTarget_EachValue_LiesInExactlyOneBandOfTheNaiveIntervals(bool higherIsBetter, bool edgeRed, int target, int tolerance, bool percent, int blue, int pick)
    {
        var (banding, polarity, t) = Make(higherIsBetter, edgeRed, target, tolerance, percent, blue);
        decimal value = Value(pick, banding, polarity, t);

        var owners = banding.Scheme.Bands.Where(b => NaiveOwns(banding, polarity, t, b.Name, value)).ToList();

        return owners.Count == 1 && owners[0].Equals(KpiBanding.ByTarget(banding, polarity, value, t));
    }

    [Property(MaxTest = 1000)]
    public bool ByTarget_IsMonotoneInTheValueGivenPolarity(bool higherIsBetter, bool edgeRed, int target, int tolerance, bool percent, int blue, int pick1, int pick2)
    {
        var (banding, polarity, t) = Make(higherIsBetter, edgeRed, target, tolerance, percent, blue);
        decimal a = Value(pick1, banding, polarity, t), b = Value(pick2, banding, polarity, t);
        decimal better = polarity.Compare(a, b) >= 0 ? a : b, worse = better == a ? b : a;

        return KpiBanding.ByTarget(banding, polarity, better, t).Rank <= KpiBanding.ByTarget(banding, polarity, worse, t).Rank;
    }

    [Property(MaxTest = 1000)]
    public bool ByTarget_WideningTheTolerance_NeverMovesAnIndicatorFromAmberToRed(bool higherIsBetter, bool edgeRed, int target, int tolerance, bool percent, int blue, int widen, int pick)
    {
        var (banding, polarity, t) = Make(higherIsBetter, edgeRed, target, tolerance, percent, blue);
        var wider = TargetBanding.Create(
            banding.Amber.IsPercentOfTarget ? Tolerance.PercentOfTarget(banding.Amber.Amount + Math.Abs(widen % 50)) : Tolerance.Absolute(banding.Amber.Amount + Math.Abs(widen % 50)),
            banding.AtTolerance,
            banding.Blue);
        decimal value = Value(pick, wider, polarity, t);

        KpiBand before = KpiBanding.ByTarget(banding, polarity, value, t), after = KpiBanding.ByTarget(wider, polarity, value, t);

        // Never Amber to Red, and more generally never a worse band; only Red can become Amber.
        return !(before.Name == "Amber" && after.Name == "Red") && after.Rank <= before.Rank && (after.Equals(before) || (before.Name == "Red" && after.Name == "Amber"));
    }

    [Property(MaxTest = 1000)]
    public bool ByTarget_GreenOrBlue_ExactlyWhenTheTargetIsAchieved(bool higherIsBetter, bool edgeRed, int target, int tolerance, bool percent, int blue, int pick)
    {
        var (banding, polarity, t) = Make(higherIsBetter, edgeRed, target, tolerance, percent, blue);
        decimal value = Value(pick, banding, polarity, t);
        Indicator indicator = KpiTestIndicators.Rag(polarity, banding.Amber, banding.AtTolerance, banding.Blue, t);

        bool achieved = KpiBanding.Target(indicator, KpiObservation.Create("TEST-RAG", KpiPeriod.Ending(2017, 6), value)) == TargetAttainment.Achieved;
        string band = KpiBanding.ByTarget(banding, polarity, value, t).Name;

        return achieved == (band is "Green" or "Blue");
    }

    private static (TargetBanding Banding, Polarity Polarity, decimal Target) Make(bool higherIsBetter, bool edgeRed, int target, int tolerance, bool percent, int blue)
    {
        decimal t = Math.Abs(target % 2000) / 10m;
        decimal amount = Math.Abs(tolerance % 300) / 10m;
        Tolerance? margin = blue % 3 == 0 ? null : Tolerance.Absolute(Math.Abs(blue % 100) / 10m);
        var banding = TargetBanding.Create(percent ? Tolerance.PercentOfTarget(amount) : Tolerance.Absolute(amount), edgeRed ? BoundaryRule.ToWorseBand : BoundaryRule.ToBetterBand, margin);
        return (banding, higherIsBetter ? Polarity.HigherIsBetter : Polarity.LowerIsBetter, t);
    }

    /// <summary>Values anywhere, and (one time in two) exactly on an edge: the target, the tolerance's edge or the Blue edge.</summary>
    private static decimal Value(int pick, TargetBanding banding, Polarity polarity, decimal target)
    {
        int sign = polarity == Polarity.HigherIsBetter ? 1 : -1;
        decimal amber = target - (sign * banding.Amber.WidthAt(target)), blueEdge = target + (sign * (banding.Blue?.WidthAt(target) ?? 0m));
        int p = Math.Abs(pick % 100_000);
        return (p % 6) switch
        {
            0 => target,
            1 => amber,
            2 => blueEdge,
            _ => ((p / 6) % 4000 / 10m) - 100m,
        };
    }

    /// <summary>Each band's interval written out directly, as a council's key states it.</summary>
    private static bool NaiveOwns(TargetBanding banding, Polarity polarity, decimal target, string band, decimal value)
    {
        bool higher = polarity == Polarity.HigherIsBetter;
        decimal amberEdge = higher ? target - banding.Amber.WidthAt(target) : target + banding.Amber.WidthAt(target);
        bool atOrBetterThanTarget = higher ? value >= target : value <= target;
        bool withinTolerance = banding.AtTolerance == BoundaryRule.ToBetterBand
            ? (higher ? value >= amberEdge : value <= amberEdge)
            : (higher ? value > amberEdge : value < amberEdge);
        bool blue = banding.Blue is { } margin && (higher ? value > target + margin.WidthAt(target) : value < target - margin.WidthAt(target));
        return band switch
        {
            "Blue" => blue,
            "Green" => atOrBetterThanTarget && !blue,
            "Amber" => !atOrBetterThanTarget && withinTolerance,
            "Red" => !atOrBetterThanTarget && !withinTolerance,
            _ => false,
        };
    }
}
