using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Tests.Kpi;

public sealed class KpiScorerProperties
{
    private static readonly string[] Codes = { "CLA-RATE", "CLA-PEP", "CPMR18-569", "CPMR18-454", "CAS-EMAILS-ANSWERED-SOCIAL-CARE", "UNKNOWN" };
    private static readonly KpiScorer Rules = new(KpiCatalogue.Papers);
    private static readonly KpiHandScorer ByHand = new(KpiCatalogue.Papers);
    private static readonly KpiScorer InNRules = new(KpiCatalogue.Papers, Lancs.Scoring.Engine.RuleRuntime.NRules);

    [Property(MaxTest = 1000)]
    public bool Score_RulesAndHandWrittenPath_AgreeOnEveryBatch(int[] seeds)
    {
        List<KpiObservation> batch = (seeds ?? new int[0]).Select(Observation).ToList();

        return Describe(Rules.Score(batch)).SequenceEqual(Describe(ByHand.Score(batch)));
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

    private static KpiObservation Observation(int seed)
    {
        int s = seed < 0 ? -(seed + 1) : seed;
        string code = Codes[s % Codes.Length];
        KpiPeriod period = KpiPeriod.Ending(2016 + (s / 7 % 3), 1 + (s / 21 % 4));
        int kind = s / 84 % 6;
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
                string.Join(",", r.Comparisons.Select(c => c.ToString())),
                r.Target.Name))
            .Concat(report.Rejections.Select(j => j.ToString()));
}
