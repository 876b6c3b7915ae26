using System;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Tests.Kpi;

public sealed class KpiBandingProperties
{
    [Property(MaxTest = 1000)]
    public bool Band_EachValue_LiesInExactlyOneBandOfTheNaiveIntervals(bool higherIsBetter, bool toWorse, int a, int b, int c, int pick)
    {
        decimal[] rising = Rising(a, b, c);
        Indicator indicator = Make(higherIsBetter, toWorse, rising);
        decimal value = Value(pick, rising);

        int[] owners = Enumerable.Range(0, 4).Where(rank => NaiveOwns(indicator, rank, value)).ToArray();

        return owners.Length == 1 && owners[0] == KpiBanding.Band(indicator, value).Rank;
    }

    [Property(MaxTest = 1000)]
    public bool Band_IsMonotoneInTheValueGivenPolarity(bool higherIsBetter, bool toWorse, int a, int b, int c, int pick1, int pick2)
    {
        decimal[] rising = Rising(a, b, c);
        Indicator indicator = Make(higherIsBetter, toWorse, rising);
        decimal low = Math.Min(Value(pick1, rising), Value(pick2, rising));
        decimal high = Math.Max(Value(pick1, rising), Value(pick2, rising));

        int lowRank = KpiBanding.Band(indicator, low).Rank;
        int highRank = KpiBanding.Band(indicator, high).Rank;

        return higherIsBetter ? lowRank >= highRank : lowRank <= highRank;
    }

    [Property(MaxTest = 1000)]
    public bool Band_FlippingThePolarity_MirrorsTheBanding(bool higherIsBetter, bool toWorse, int a, int b, int c, int pick)
    {
        decimal[] rising = Rising(a, b, c);
        Indicator indicator = Make(higherIsBetter, toWorse, rising);
        Indicator flipped = Make(!higherIsBetter, !toWorse, rising);
        decimal value = Value(pick, rising);

        return KpiBanding.Band(flipped, value).Rank == 3 - KpiBanding.Band(indicator, value).Rank;
    }

    [Property(MaxTest = 1000)]
    public bool Band_MovingAThreshold_MovesOnlyTheValuesBetweenItsOldAndNewPosition(bool higherIsBetter, bool toWorse, int a, int b, int c, int which, int shift, int pick)
    {
        decimal[] rising = Rising(a, b, c);
        int k = Math.Abs(which % 3);
        decimal[] moved = (decimal[])rising.Clone();
        decimal lower = k == 0 ? 0m : rising[k - 1];
        decimal upper = k == 2 ? 1000m : rising[k + 1];
        moved[k] = Math.Min(upper - 0.1m, Math.Max(lower + 0.1m, rising[k] + ((shift % 200) / 10m)));
        decimal value = pick % 2 == 0 ? Value(pick / 2, rising) : Value(pick / 2, moved);

        int before = KpiBanding.Band(Make(higherIsBetter, toWorse, rising), value).Rank;
        int after = KpiBanding.Band(Make(higherIsBetter, toWorse, moved), value).Rank;
        bool between = value >= Math.Min(rising[k], moved[k]) && value <= Math.Max(rising[k], moved[k]);

        return before == after || (between && Math.Abs(before - after) == 1);
    }

    internal static decimal[] Rising(int a, int b, int c)
    {
        decimal first = Math.Abs(a % 300) / 10m;
        decimal second = first + 0.1m + (Math.Abs(b % 300) / 10m);
        decimal third = second + 0.1m + (Math.Abs(c % 300) / 10m);
        return new[] { first, second, third };
    }

    internal static decimal Value(int pick, decimal[] thresholds)
        => pick % 4 == 0 ? thresholds[Math.Abs(pick / 4 % 3)] : (pick % 1200) / 10m;

    internal static Indicator Make(bool higherIsBetter, bool toWorse, decimal[] rising)
        => KpiTestIndicators.Categories(
            higherIsBetter ? Polarity.HigherIsBetter : Polarity.LowerIsBetter,
            toWorse ? BoundaryRule.ToWorseBand : BoundaryRule.ToBetterBand,
            higherIsBetter ? rising.Reverse().ToArray() : rising);

    /// <summary>The band's interval written out directly: beyond the threshold above it (on the bad side), not beyond the one below.</summary>
    private static bool NaiveOwns(Indicator indicator, int rank, decimal value)
    {
        bool Beyond(decimal threshold)
        {
            bool worseSide = indicator.Polarity == Polarity.HigherIsBetter ? value < threshold : value > threshold;
            return worseSide || (value == threshold && indicator.Boundary == BoundaryRule.ToWorseBand);
        }

        bool pastUpper = rank == 0 || Beyond(indicator.Thresholds[rank - 1].Value);
        bool withinLower = rank == 3 || !Beyond(indicator.Thresholds[rank].Value);
        return pastUpper && withinLower;
    }
}
