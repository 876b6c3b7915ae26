using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Tests.Json;

/// <summary>Laws of the definition files: any grouping a council makes from the reports' one, and any catalogue of banded,
/// RAG and tracked indicators, reads back from its JSON as the same definition.</summary>
public sealed class DefinitionJsonProperties
{
    /// <summary>A grouping changed outcome by outcome (moved to another group, or no longer allowed) reads back with the same
    /// group for every stream and outcome, and the same stages.</summary>
    [Property(MaxTest = 200)]
    public Property OutcomeGrouping_AnyChangedGrouping_RoundTrips(int[] changes)
    {
        var streams = ComplaintStream.List.OrderBy(s => s.Value).ToArray();
        var outcomes = ComplaintOutcome.List.OrderBy(o => o.Value).ToArray();
        var groups = OutcomeGroup.List.OrderBy(g => g.Value).ToArray();
        var grouping = OutcomeGrouping.Default;
        foreach (var change in (changes ?? new int[0]).Select(c => c & int.MaxValue))
        {
            var stream = streams[change % streams.Length];
            var outcome = outcomes[(change / streams.Length) % outcomes.Length];
            var g = (change / (streams.Length * outcomes.Length)) % (groups.Length + 1);
            grouping = g == groups.Length ? grouping.Without(stream, outcome) : grouping.With(stream, outcome, groups[g]);
        }

        var read = OutcomeGrouping.FromJson(grouping.ToJson());

        string Groups(OutcomeGrouping x) => string.Join(";", from s in streams from o in outcomes
                                                             select x.TryGroup(s, o, out var found) ? found!.Name : "-");
        string Stages(OutcomeGrouping x) => string.Join(";", from s in streams from t in ComplaintStage.List select x.AllowsStage(s, t));
        return (Groups(read) == Groups(grouping)).Label("groups differ").And((Stages(read) == Stages(grouping)).Label("stages differ"));
    }

    /// <summary>A catalogue of indicators with random bounds, thresholds, targets and comparators (decimals with up to two
    /// places) reads back as the same catalogue and bands every value alike.</summary>
    [Property(MaxTest = 200)]
    public Property KpiCatalogue_AnyCatalogue_RoundTripsAndBandsAlike(PositiveInt[] seeds)
    {
        var indicators = (seeds ?? new PositiveInt[0]).Take(12).Select((s, i) => Make(i, s.Get)).ToList();
        var catalogue = KpiCatalogue.Create(indicators);

        var read = KpiCatalogue.FromJson(catalogue.ToJson());

        // Values on every threshold and target as well as between them, so that a boundary rule read wrongly shows.
        var observations = indicators.SelectMany(i => new[] { 0m, 12.34m, 50m, 77.7m, 99.99m }.Concat(i.Thresholds.Select(t => t.Value)).Concat(i.Target is { } t ? new[] { t } : new decimal[0])
            .Where(i.IsWithinBounds).Select(v => KpiObservation.Create(i.Code, KpiPeriod.Ending(2018, 3), v))).ToList();
        var before = new KpiScorer(catalogue).Score(observations).Results.Select(r => r.Assignment + " " + r.Target.Name).ToList();
        var after = new KpiScorer(read).Score(observations).Results.Select(r => r.Assignment + " " + r.Target.Name).ToList();
        return indicators.Select(DefinitionJsonTests.Describe).SequenceEqual(read.Indicators.Select(DefinitionJsonTests.Describe)).Label("indicators differ")
            .And((read.ToJson() == catalogue.ToJson()).Label("written again differs"))
            .And(before.SequenceEqual(after).Label("bands differ"));
    }

    private static Indicator Make(int i, int seed)
    {
        decimal At(int k) => ((seed / (k + 1)) % 10000) / 100m;
        var higher = seed % 2 == 0;
        var polarity = higher ? Polarity.HigherIsBetter : Polarity.LowerIsBetter;
        var comparators = new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = At(3) };
        switch (seed % 3)
        {
            case 0:
                var cuts = new[] { At(0), At(1), At(2) }.Distinct().OrderBy(v => v).ToList();
                while (cuts.Count < 3)
                {
                    cuts.Add(cuts[cuts.Count - 1] + 0.01m);
                }

                if (higher)
                {
                    cuts.Reverse();
                }

                return Indicator.Create("K" + i, "Banded " + i, KpiUnit.Percentage, polarity, BandingScheme.ThresholdCategories,
                    cuts.Select(Threshold.Absolute), (seed / 3) % 2 == 0 ? BoundaryRule.ToWorseBand : null, target: (seed / 6) % 2 == 0 ? At(4) : null, comparators: comparators);
            case 1:
                return Indicator.CreateRag("K" + i, "RAG " + i, KpiUnit.Percentage, polarity,
                    TargetBanding.Create(seed % 4 == 0 ? Tolerance.PercentOfTarget(At(5) % 20) : Tolerance.Absolute(At(5) % 10), blue: seed % 7 == 0 ? Tolerance.Absolute(1.5m) : null),
                    target: At(6), comparators: comparators);
            default:
                return Indicator.Create("K" + i, "Tracked " + i, KpiUnit.Days, polarity, null, maximum: 100m + At(7), target: At(8), comparators: comparators);
        }
    }
}
