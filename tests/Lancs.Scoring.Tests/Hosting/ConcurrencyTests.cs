using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lancs.Scoring.Tests.Hosting;

/// <summary>The singletons AddLancsScoring registers serve many requests at once: results under contention equal the
/// results of the same calls one at a time. (Read of the code: each scorer holds only its compiled rules, immutable after
/// the constructor, and every call opens a session of its own.)</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Singletons_ManyCallsAtOnce_GiveWhatTheyGiveOneAtATime()
    {
        using var host = HostingTests.Build(new Dictionary<string, string?>());
        await host.StartAsync();
        var registers = host.Services.GetRequiredService<RegisterScorer>();
        var kpis = host.Services.GetRequiredService<KpiScorer>();
        var complaints = host.Services.GetRequiredService<ComplaintClassifier>();
        var runs = RegisterArbitraries.TwoQuarterGen.Sample(48, new Rnd(7UL), 30).ToList();
        var readings = KpiArbitraries.ValueGen(KpiCatalogue.Papers).Sample(48 * 20, new Rnd(8UL), 20).ToList();
        var batches = ComplaintArbitraries.BatchGen(OutcomeGrouping.Default).Sample(48, new Rnd(9UL), 30).ToList();

        string Register(int i) => string.Join("\n", RegisterTranscript.Describe(registers.RescoreEntries(
            TwoQuarterRegister.Quarter, runs[i].CurrentEntries(), TwoQuarterRegister.PreviousQuarter, runs[i].PreviousEntries(), runs[i].Statements())));
        string Kpi(int i) => string.Join("\n", kpis.Score(readings.Skip(i * 20).Take(20).Select(r => r.ToObservation())).Results.Select(r => r.ToString()));
        string Complaint(int i) => string.Join("\n", complaints.Classify(batches[i].Complaints).Classified.Select(c => c.ToString()));
        string All(int i) => Register(i) + "\n--\n" + Kpi(i) + "\n--\n" + Complaint(i);

        var alone = Enumerable.Range(0, 48).Select(All).ToList();
        var together = await Task.WhenAll(Enumerable.Range(0, 48).Select(i => Task.Run(() => All(i))));

        Assert.Equal(alone, together);
        Assert.True(alone.Count(a => a.Length > 100) > 40, "the calls should have results to compare");
    }
}
