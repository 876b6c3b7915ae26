using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Tests.Kpi;

public sealed class KpiScorerProperties
{
    // The papers' indicators, and RAG, BRAG and data-only ones (KpiTestIndicators.PapersAndRag), so that every rule runs.
    private static readonly string[] Codes = { "CLA-RATE", "CLA-PEP", "CPMR18-569", "CPMR18-454", "CAS-EMAILS-ANSWERED-SOCIAL-CARE", "UNKNOWN", "TEST-RAG-H", "TEST-BRAG-L", "TEST-DATA-ONLY" };
    private static readonly KpiScorer Rules = new(KpiTestIndicators.PapersAndRag);
    private static readonly KpiHandScorer ByHand = new(KpiTestIndicators.PapersAndRag);
    private static readonly KpiScorer InNRules = new(KpiTestIndicators.PapersAndRag, Lancs.Scoring.Engine.RuleRuntime.NRules);

    [Property(MaxTest = 1000)]
    public bool Score_RulesAndHandWrittenPath_AgreeOnEveryBatch(int[] seeds)
    {
        List<KpiObservation> batch = (seeds ?? new int[0]).Select(Observation).ToList();

        return Describe(Rules.Score(batch)).SequenceEqual(Describe(ByHand.Score(batch)));
    }

    [Property(MaxTest = 500)]
    public bool Score_AfterAnotherBatch_IsTheScoreOfAFreshCatalogue(int[] first, int[] seeds)
    {
        // Assignments that depend on the indicator or comparator alone are made once and shared (issue 15): a batch scored
        // after another, with those assignments already made, must read as through indicators that have made none.
        Rules.Score((first ?? new int[0]).Select(Observation).ToList());
        List<KpiObservation> batch = (seeds ?? new int[0]).Select(Observation).ToList();
        var fresh = new KpiScorer(KpiCatalogue.FromJson(KpiTestIndicators.PapersAndRag.ToJson()));

        return Describe(Rules.Score(batch)).SequenceEqual(Describe(fresh.Score(batch)));
    }

    [Property(MaxTest = 1000)]
    public bool Score_BatchEngineAndNRulesSession_AgreeOnEveryBatch(int[] seeds)
    {
        List<KpiObservation> batch = (seeds ?? new int[0]).Take(50).Select(Observation).ToList();

        return Describe(Rules.Score(batch)).SequenceEqual(Describe(InNRules.Score(batch)));
    }

    [Xunit.Fact]
    public void Score_PapersObservations_AgreeInBothRuntimes()
    {
        List<KpiObservation> papers = PaperObservation.All.Select(o => o.ToObservation()).ToList();

        var batch = Describe(Rules.Score(papers)).ToList();
        Xunit.Assert.Contains(Rules.Score(papers).Results, r => r.LongTermDirection != KpiDirection.Unknown);

        Xunit.Assert.True(batch.Count > 50, "the papers' observations should give results to compare");
        Xunit.Assert.Equal(batch, Describe(InNRules.Score(papers)));
    }

    [Property(MaxTest = 1000)]
    public bool Score_EveryObservation_IsEitherOneResultOrOneRejection(int[] seeds)
    {
        List<KpiObservation> batch = (seeds ?? new int[0]).Select(Observation).ToList();

        KpiScoreReport report = Rules.Score(batch);

        return report.Results.Count + report.Rejections.Count == batch.Count
            && report.Results.All(r => (r.Assignment.Status == BandStatus.Banded) == (r.Band is not null));
    }

    [Xunit.Fact]
    public void Observations_ExerciseEveryBandStatusAndALongTermDirection()
    {
        // Not a law: keeps the generator honest, so that the agreements above cover the RAG, data-only and long-term rules.
        var random = new System.Random(16);
        var results = Enumerable.Range(0, 300)
            .SelectMany(_ => Rules.Score(Enumerable.Range(0, 30).Select(_ => Observation(random.Next())).ToList()).Results)
            .ToList();

        Xunit.Assert.Superset(BandStatus.List.ToHashSet(), results.Select(r => r.Assignment.Status).ToHashSet());
        Xunit.Assert.Superset(new[] { "Blue", "Green", "Amber", "Red" }.ToHashSet(), results.Where(r => r.Band is not null).Select(r => r.Band!.Name).ToHashSet());
        Xunit.Assert.Contains(results, r => r.LongTermDirection == KpiDirection.Worsened);
        Xunit.Assert.Contains(results, r => r.LongTermDirection == KpiDirection.Improved);
    }

    private static KpiObservation Observation(int seed)
    {
        // FsCheck's ints are small (|seed| <= 100), which alone would make every observation kind 0 (NaN, rejected): spread
        // them over the whole range first, so that every kind, indicator and period occurs.
        int s = (int)(unchecked((uint)seed * 2654435761u) >> 1);
        string code = Codes[s % Codes.Length];
        KpiPeriod period = KpiPeriod.Ending(2016 + (s / 9 % 3), 1 + (s / 27 % 4));
        int kind = s / 108 % 6;
        return kind switch
        {
            0 => KpiObservation.FromDouble(code, period, double.NaN),
            1 => KpiObservation.Create(code, period, null),
            2 => KpiObservation.Create(code, period, -(s % 50) / 10m),
            _ => KpiObservation.Create(code, period, (s % 2000) / 10m, new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = (s % 900) / 10m }, kind == 3 ? s % 150 : null),
        };
    }

    private static IEnumerable<string> Describe(KpiScoreReport report)
        => report.Results.Select(r => string.Join(
                "|",
                r.Observation.Entry,
                r.Assignment.Status.Name,
                r.Band?.Name,
                r.Assignment.Reason,
                r.PreviousPeriod?.Label,
                r.Movement.Name,
                r.Direction.Name,
                r.YearEarlierPeriod?.Label,
                r.LongTermDirection.Name,
                string.Join(",", r.Comparisons.Select(c => c.ToString())),
                r.Target.Name))
            .Concat(report.Rejections.Select(j => j.ToString()));
}
