using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Hosting;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace Lancs.Scoring.Tests.Hosting;

/// <summary>AddLancsScoring in a generic host: singletons, the policy from configuration, startup validation, logging, cancellation.</summary>
public sealed class HostingTests
{
    private static readonly Quarter Q2 = Quarter.Parse("2017/18 Q2");

    [Fact]
    public async Task GenericHost_RegistersTheScorersAsSingletons_WithThePolicyFromConfiguration()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["Lancs:Scoring:Policy:inclusionThreshold"] = "15",
            ["Lancs:Scoring:Policy:matching"] = "ById",
            ["Lancs:Scoring:Policy:riskHigherIsBetter"] = "false",
            ["Lancs:Scoring:Policy:descriptionSimilarity"] = "0.75",
            ["Lancs:Scoring:Policy:name"] = "2017",
            ["Lancs:Scoring:Policy:zones:0:name"] = "low",
            ["Lancs:Scoring:Policy:zones:0:colour"] = "#2e7d32",
            ["Lancs:Scoring:Policy:zones:0:scores:from"] = "1",
            ["Lancs:Scoring:Policy:zones:0:scores:to"] = "6",
            ["Lancs:Scoring:Policy:zones:1:name"] = "high",
            ["Lancs:Scoring:Policy:zones:1:colour"] = "#c62828",
            ["Lancs:Scoring:Policy:zones:1:cells:0"] = "5x5",
            ["Lancs:Scoring:Policy:appetite:risk:0"] = "low",
            ["Lancs:Scoring:Runtime"] = "NRules",
        });
        await host.StartAsync();

        var scorer = host.Services.GetRequiredService<RegisterScorer>();
        Assert.Same(scorer, host.Services.GetRequiredService<RegisterScorer>());
        Assert.Same(host.Services.GetRequiredService<KpiScorer>(), host.Services.GetRequiredService<KpiScorer>());
        Assert.Same(host.Services.GetRequiredService<ComplaintClassifier>(), host.Services.GetRequiredService<ComplaintClassifier>());
        Assert.Equal(15, scorer.Policy.InclusionThreshold);
        Assert.Equal(PreviousQuarterMatching.ById, scorer.Policy.Matching);
        Assert.Equal(0.75, scorer.Policy.DescriptionSimilarity);
        Assert.Equal("2017", scorer.Policy.Name);
        Assert.Equal(new[] { "low", "high" }, scorer.Policy.Appetite.Zones.Select(z => z.Name));
        Assert.Equal(RuleRuntime.NRules, scorer.Runtime);

        var result = await host.Services.GetRequiredService<ScoringService>().RescoreAsync(Q2, Rows("CR1,25,16", "CR2,16,12", "CR3,9,7"));
        Assert.Equal(new[] { "CR1" }, result.CorporateRegister.Select(e => e.Entry.Id.Raw));
        Assert.Equal("residual", Assert.Single(result.Rejections).Field);
        await host.StopAsync();
    }

    [Fact]
    public async Task GenericHost_EnvironmentStyleKeys_BindWhateverTheirCase()
    {
        using var host = Build(new Dictionary<string, string?> { ["Lancs:Scoring:Policy:InclusionThreshold"] = "10", ["Lancs:Scoring:Policy:MATCHING"] = "ByIdAndDescription" });
        await host.StartAsync();

        var policy = host.Services.GetRequiredService<RegisterScorer>().Policy;
        Assert.Equal(10, policy.InclusionThreshold);
        Assert.Equal(PreviousQuarterMatching.ByIdAndDescription, policy.Matching);
    }

    [Fact]
    public async Task GenericHost_NoSection_UsesThePublishedPolicy()
    {
        using var host = Build(new Dictionary<string, string?>());
        await host.StartAsync();

        Assert.Equal(ScoringPolicy.Default.ToJson(), host.Services.GetRequiredService<RegisterScorer>().Policy.ToJson());
    }

    [Fact]
    public async Task GenericHost_BadConfiguration_FailsAtStartup_NamingEveryField()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["Lancs:Scoring:Policy:inclusionThreshold"] = "30",
            ["Lancs:Scoring:Policy:matching"] = "ByTitle",
            ["Lancs:Scoring:Policy:threshold"] = "12",
            ["Lancs:Scoring:Runtime"] = "Fast",
            ["Lancs:Scoring:PartitionSize"] = "0",
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            "The Lancs.Scoring configuration is not valid:\n" +
            "- Lancs:Scoring:Policy: threshold: unknown field; the fields are name, inclusionThreshold, matching, descriptionSimilarity, corporateRegisterLabel, serviceRegisterLabel, riskHigherIsBetter, opportunityHigherIsBetter, zones, appetite, idPattern, kindFrom.\n" +
            "- Lancs:Scoring:Policy: inclusionThreshold: 30 is outside 1-25, the range of the 5x5 matrix.\n" +
            "- Lancs:Scoring:Policy: matching: 'ByTitle' is not ByLineage, ById or ByIdAndDescription.\n" +
            "- Lancs:Scoring:Runtime: 'Fast' is not Batch or NRules.\n" +
            "- Lancs:Scoring:PartitionSize: '0' is not a whole number of entries of 1 or more, such as 100000.",
            failure.Message);
    }

    [Fact]
    public async Task ScoringService_LogsRejectionsFindingsAndTimings()
    {
        var log = new ListLogger();
        using var host = Build(new Dictionary<string, string?>(), log);
        await host.StartAsync();
        var scoring = host.Services.GetRequiredService<ScoringService>();

        await scoring.RescoreAsync(Q2, Rows("CR1,25,16", "CR1,16,12", "CR3,9,7"));
        await scoring.ScoreKpisAsync(new[] { KpiObservation.Create("CLA-RATE", KpiPeriod.Ending(2017, 3), 52m), KpiObservation.Create("NOPE", KpiPeriod.Ending(2017, 3), 1m) });
        await scoring.ClassifyComplaintsAsync(new[] { Complaint.Create("C1", ComplaintStream.Corporate, ComplaintStage.Informal, new DateTime(2016, 5, 1)) });

        var messages = log.Messages;
        Assert.Contains(messages, m => m.Level == LogLevel.Warning && m.EventId == 7101 && m.Message.Contains("field residual ('7')"));
        Assert.Contains(messages, m => m.EventId == 7102 && m.Message.Contains("CR1"));
        Assert.Contains(messages, m => m.EventId == 7103 && m.Message.StartsWith("Re-scored Q2 2017/18: 2 entries, ", StringComparison.Ordinal) && m.Message.Contains(", 1 rejections in ") && m.Message.EndsWith(" ms", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.EventId == 7101 && m.Message.Contains("NOPE"));
        Assert.Contains(messages, m => m.EventId == 7105 && m.Message.StartsWith("Scored 2 KPI observations: 1 results, 1 rejections", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.EventId == 7106 && m.Message.StartsWith("Classified 1 complaints: 0 classified, 1 open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RescoreInPartitionsAsync_CancelledAfterTheFirstPartition_StopsBeforeTheNext()
    {
        var log = new ListLogger();
        using var host = Build(new Dictionary<string, string?> { ["Lancs:Scoring:PartitionSize"] = "100" }, log);
        await host.StartAsync();
        var scoring = host.Services.GetRequiredService<ScoringService>();
        var entries = Enumerable.Range(1, 1000).Select(i => new RegisterEntry(EntryId.Parse("CR" + i), Q2, "Entry " + i,
            Assessment.FromScore(RiskScore.FromValue(16)), Assessment.FromScore(RiskScore.FromValue(12)), StatedDirection.Parse(null), position: i - 1)).ToList();
        using var cancel = new CancellationTokenSource();

        var partitions = new List<RegisterResult>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var partition in scoring.RescoreInPartitionsAsync(Q2, entries, cancellationToken: cancel.Token))
            {
                partitions.Add(partition);
                cancel.Cancel();
            }
        });

        Assert.Single(partitions);
        Assert.InRange(partitions[0].Entries.Count, 1, 999);
        Assert.Contains(log.Messages, m => m.EventId == 7107 && m.Message == "Re-scoring of Q2 2017/18 cancelled after 1 partitions");

        // Uncancelled, the partitions together hold every entry once.
        var all = new List<RegisterResult>();
        await foreach (var partition in scoring.RescoreInPartitionsAsync(Q2, entries))
        {
            all.Add(partition);
        }

        Assert.True(all.Count > 5, $"{all.Count} partitions of 1000 entries at about 100 each");
        Assert.Equal(1000, all.SelectMany(p => p.Entries).Select(e => e.Entry.Id.Raw).Distinct().Count());
    }

    [Fact]
    public async Task BulkCalls_CancelledBeforeTheyStart_DoNoWork()
    {
        using var host = Build(new Dictionary<string, string?>());
        await host.StartAsync();
        var scoring = host.Services.GetRequiredService<ScoringService>();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scoring.RescoreAsync(Q2, Rows("CR1,25,16"), cancellationToken: cancel.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scoring.ScoreKpisAsync(Array.Empty<KpiObservation>(), cancel.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scoring.ClassifyComplaintsAsync(Array.Empty<Complaint>(), cancel.Token));
    }

    [Fact]
    public async Task AppRegisteredCatalogueAndGrouping_AreTheOnesTheScorersUse()
    {
        var catalogue = KpiCatalogue.Create(KpiCatalogue.Papers.Indicators.Take(2));
        var grouping = OutcomeGrouping.Default.Without(ComplaintStream.ChildrensSocialCare, ComplaintOutcome.Upheld);
        using var host = Build(new Dictionary<string, string?>(), configure: services => services.AddSingleton(catalogue).AddSingleton(grouping));
        await host.StartAsync();

        Assert.Same(catalogue, host.Services.GetRequiredService<KpiScorer>().Catalogue);
        Assert.Same(grouping, host.Services.GetRequiredService<ComplaintClassifier>().Grouping);
    }

    internal static IHost Build(Dictionary<string, string?> settings, ListLogger? log = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (log is not null)
        {
            builder.Logging.AddProvider(log).SetMinimumLevel(LogLevel.Trace);
        }

        configure?.Invoke(builder.Services);
        builder.Services.AddLancsScoring(builder.Configuration);
        return builder.Build();
    }

    internal static List<RegisterRow> Rows(params string[] lines) => lines.Select((line, i) =>
    {
        var cells = line.Split(',');
        return new RegisterRow(i + 2, cells[0], "risk", "Entry " + cells[0], "Economic", "MT", cells[1], cells[2], "Level", null);
    }).ToList();
}
