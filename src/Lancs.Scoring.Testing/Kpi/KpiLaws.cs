using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Testing;

/// <summary>The laws a KPI catalogue's banding must keep, as FsCheck properties a council's test calls with its own
/// catalogue: <c>[Property] public Property OneBand() => KpiLaws.OneBandPerValue(ourCatalogue);</c>.</summary>
/// <remarks>Each law scores with <see cref="KpiScorer"/> unless it is given a scoring function of the test's own.</remarks>
public static class KpiLaws
{
    /// <summary>One band per value: a reading of a banded indicator gives exactly one result or one rejection; a banded
    /// result's band is one of the indicator's scheme, the same each time the value is scored; and for an indicator banded by
    /// absolute thresholds, it is the band whose interval (beyond the threshold above it on the worse side, not beyond the
    /// one below, a value on a threshold going as the boundary rule says) holds the value.</summary>
    /// <param name="catalogue">The council's catalogue.</param>
    /// <param name="score">What to test; <see langword="null"/> for <see cref="KpiScorer"/> over the catalogue.</param>
    /// <returns>The property.</returns>
    public static Property OneBandPerValue(KpiCatalogue catalogue, Func<IEnumerable<KpiObservation>, KpiScoreReport>? score = null)
    {
        var run = score ?? new KpiScorer(catalogue).Score;
        return Prop.ForAll(Arb.From(KpiArbitraries.ValueGen(catalogue)), reading =>
        {
            var report = run(new[] { reading.ToObservation() });
            if (report.Results.Count + report.Rejections.Count != 1)
            {
                return false.Label($"{report.Results.Count} results and {report.Rejections.Count} rejections for one observation");
            }

            if (report.Results.Count == 0 || !report.Results[0].Assignment.IsBanded)
            {
                return true.ToProperty();
            }

            var band = report.Results[0].Band;
            var scheme = reading.Indicator.Scheme ?? reading.Indicator.TargetBanding?.Scheme;
            if (band is null || scheme is null || !scheme.Bands.Contains(band))
            {
                return false.Label($"band {band?.ToString() ?? "none"} is not one of {scheme?.ToString() ?? "no scheme"}");
            }

            var again = run(new[] { reading.ToObservation() }).Results.FirstOrDefault()?.Band;
            if (!Equals(again, band))
            {
                return false.Label($"scored {band} once and {again?.ToString() ?? "none"} the second time");
            }

            var naive = NaiveBand(reading.Indicator, reading.Value);
            return (naive is null || naive == band.Rank).Label($"band {band} (rank {band.Rank}), but the value lies in the interval of rank {naive}");
        });
    }

    /// <summary>Monotone banding: of two readings of an indicator with a polarity (the same comparator and target), the
    /// better value never gets the worse band.</summary>
    /// <param name="catalogue">The council's catalogue.</param>
    /// <param name="score">What to test; <see langword="null"/> for <see cref="KpiScorer"/> over the catalogue.</param>
    /// <returns>The property.</returns>
    public static Property BandingIsMonotone(KpiCatalogue catalogue, Func<IEnumerable<KpiObservation>, KpiScoreReport>? score = null)
    {
        var run = score ?? new KpiScorer(catalogue).Score;
        var pairs = from reading in KpiArbitraries.ValueGen(catalogue).Where(r => r.Indicator.Polarity.HasDirection)
                    from other in KpiArbitraries.ValuesNear(reading.Indicator, reading.England, reading.Target)
                    select (reading, other);
        return Prop.ForAll(Arb.From(pairs), p =>
        {
            var low = Math.Min(p.reading.Value, p.other);
            var high = Math.Max(p.reading.Value, p.other);
            var atLow = run(new[] { p.reading.ToObservation(low) }).Results.FirstOrDefault();
            var atHigh = run(new[] { p.reading.ToObservation(high) }).Results.FirstOrDefault();
            if (atLow?.Band is not { } lowBand || atHigh?.Band is not { } highBand)
            {
                return true.ToProperty();
            }

            var higherIsBetter = p.reading.Indicator.Polarity == Polarity.HigherIsBetter;
            var (better, worse) = higherIsBetter ? (highBand, lowBand) : (lowBand, highBand);
            return (!worse.IsBetterThan(better)).Label($"{p.reading.Indicator.Code} ({p.reading.Indicator.Polarity}): {low} is {lowBand} but {high} is {highBand}");
        });
    }

    /// <summary>The batch engine agrees with NRules: a batch of readings scored in both runtimes gives the same results
    /// (band, status, reason, target attainment, comparisons) and rejections.</summary>
    /// <param name="catalogue">The council's catalogue.</param>
    /// <returns>The property.</returns>
    public static Property BatchEngineAgreesWithNRules(KpiCatalogue catalogue)
    {
        var batch = new KpiScorer(catalogue, RuleRuntime.Batch);
        var nrules = new KpiScorer(catalogue, RuleRuntime.NRules);
        var readings = Gen.ListOf(KpiArbitraries.ValueGen(catalogue)).Select(l => l.Take(30).ToList());
        return Prop.ForAll(Arb.From(readings), list =>
        {
            var observations = list.Select(r => r.ToObservation()).ToList();
            var a = Describe(batch.Score(observations));
            var b = Describe(nrules.Score(observations));
            return a.SequenceEqual(b).Label(RegisterTranscript.FirstDifference(a, b));
        });
    }

    /// <summary>The rank of the band whose interval holds <paramref name="value"/>, for an indicator banded by absolute
    /// thresholds listed from the best band's edge to the worst's; <see langword="null"/> for any other indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="value">The value.</param>
    /// <returns>The rank (0 the best band), or <see langword="null"/>.</returns>
    public static int? NaiveBand(Indicator indicator, decimal value)
    {
        var thresholds = indicator.Thresholds;
        if (indicator.IsBandedByTarget || indicator.Scheme is null || thresholds.Count == 0 || thresholds.Any(t => !t.IsAbsolute)
            || !indicator.Polarity.HasDirection || indicator.Scheme.Bands.Count != thresholds.Count + 1)
        {
            return null;
        }

        bool Beyond(decimal threshold)
        {
            var worseSide = indicator.Polarity == Polarity.HigherIsBetter ? value < threshold : value > threshold;
            return worseSide || (value == threshold && indicator.Boundary == BoundaryRule.ToWorseBand);
        }

        var owners = Enumerable.Range(0, thresholds.Count + 1)
            .Where(rank => (rank == 0 || Beyond(thresholds[rank - 1].Value)) && (rank == thresholds.Count || !Beyond(thresholds[rank].Value)))
            .ToList();
        return owners.Count == 1 ? owners[0] : -owners.Count;
    }

    private static List<string> Describe(KpiScoreReport report) =>
        report.Results.Select(r => string.Join("|", r.Observation.Entry, r.Assignment.Status.Name, r.Band?.Name, r.Assignment.Reason,
                r.Movement.Name, r.Direction.Name, string.Join(",", r.Comparisons.Select(c => c.ToString())), r.Target.Name))
            .Concat(report.Rejections.Select(j => j.ToString()))
            .ToList();
}
