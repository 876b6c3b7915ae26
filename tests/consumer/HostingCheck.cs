using Lancs.Scoring;
using Lancs.Scoring.Hosting;
using Lancs.Scoring.Risk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

/// <summary>The packed Lancs.Scoring.Hosting in a generic host: the docs' example, the policy from configuration, the
/// service's async call, a bad configuration stopping the host with the policy's messages, and cancellation.</summary>
internal static class HostingCheck
{
    public static async Task<string> RunAsync(IReadOnlyList<RegisterRow> rows, IReadOnlyList<RegisterRow> previousRows)
    {
        HostingExample.Run(rows);

        using var host = Build(new() { ["Lancs:Scoring:Policy:inclusionThreshold"] = "15", ["Lancs:Scoring:Policy:matching"] = "ById" });
        await host.StartAsync();
        var scoring = host.Services.GetRequiredService<ScoringService>();
        Check(ReferenceEquals(scoring.Registers, host.Services.GetRequiredService<RegisterScorer>()), "the service should use the singleton scorer");
        var result = await scoring.RescoreAsync(Quarter.Parse("2017/18 Q2"), rows, Quarter.Parse("2016/17 Q1"), previousRows);
        Check(result.Policy.InclusionThreshold == 15 && result.CorporateRegister.All(e => e.Residual!.Value.Value >= 15), "the configured threshold 15 should apply");
        await host.StopAsync();

        using var bad = Build(new() { ["Lancs:Scoring:Policy:inclusionThreshold"] = "30", ["Lancs:Scoring:Policy:matching"] = "ByTitle" });
        try
        {
            await bad.StartAsync();
            throw new InvalidOperationException("a threshold of 30 should stop the host");
        }
        catch (OptionsValidationException ex)
        {
            Check(ex.Message.Contains("inclusionThreshold: 30 is outside 1-25") && ex.Message.Contains("matching: 'ByTitle'"), "the startup failure should name both fields: " + ex.Message);
        }

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        try
        {
            await scoring.RescoreAsync(Quarter.Parse("2017/18 Q2"), rows, cancellationToken: cancelled.Token);
            throw new InvalidOperationException("a cancelled token should stop the re-score");
        }
        catch (OperationCanceledException)
        {
        }

        return $"host: {result.CorporateRegister.Count} entries at or above 15 on the register; a threshold of 30 stops the host naming the field";
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLancsScoring(builder.Configuration);
        return builder.Build();
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
