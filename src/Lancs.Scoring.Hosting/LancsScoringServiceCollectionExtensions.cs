using System;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Lancs.Scoring.Hosting;

/// <summary>Registers Lancs.Scoring in an app's services.</summary>
public static class LancsScoringServiceCollectionExtensions
{
    /// <summary>Registers <see cref="RegisterScorer"/>, <see cref="KpiScorer"/>, <see cref="ComplaintClassifier"/> and
    /// <see cref="ScoringService"/> as singletons, with <see cref="LancsScoringOptions"/> bound from
    /// <paramref name="configuration"/> and validated at startup.</summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="sectionPath">The section to read; "Lancs:Scoring" by default. Its "Policy" child is a policy file's
    /// JSON object (docs/register.md), "Runtime" is Batch or NRules, "PartitionSize" the entries per partition.</param>
    /// <returns>The services, for chaining.</returns>
    /// <remarks>Each scorer compiles its rules once, when first resolved, and is thread-safe: one instance serves every
    /// request. The KPI scorer uses the catalogue of the "KpiCatalogueFile" key, a <see cref="KpiCatalogue"/> registered by the app, or the papers' catalogue; the
    /// classifier an <see cref="OutcomeGrouping"/> registered by the app, or the published grouping. A configured policy
    /// with problems stops the host at startup (<c>ValidateOnStart</c>) with an <see cref="OptionsValidationException"/>
    /// listing every problem, each naming its field, as <see cref="ScoringPolicy.FromJson"/> words them.</remarks>
    public static IServiceCollection AddLancsScoring(this IServiceCollection services, IConfiguration configuration, string sectionPath = LancsScoringOptions.SectionName)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        services.AddOptions<LancsScoringOptions>().ValidateOnStart();
        services.AddSingleton<IConfigureOptions<LancsScoringOptions>>(new LancsScoringOptionsSetup(configuration, sectionPath));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LancsScoringOptions>, LancsScoringOptionsValidator>());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LancsScoringOptions>>().Value;
            return new RegisterScorer(options.Policy, options.Runtime);
        });
        services.TryAddSingleton(sp => new KpiScorer(sp.GetRequiredService<IOptions<LancsScoringOptions>>().Value.KpiCatalogue ?? sp.GetService<KpiCatalogue>() ?? KpiCatalogue.Papers, sp.GetRequiredService<IOptions<LancsScoringOptions>>().Value.Runtime));
        services.TryAddSingleton(sp => new ComplaintClassifier(sp.GetRequiredService<IOptions<LancsScoringOptions>>().Value.OutcomeGrouping ?? sp.GetService<OutcomeGrouping>(), sp.GetRequiredService<IOptions<LancsScoringOptions>>().Value.Runtime));
        services.TryAddSingleton<ScoringService>();
        return services;
    }
}
