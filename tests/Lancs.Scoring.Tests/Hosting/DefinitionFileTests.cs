using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Lancs.Scoring.Tests.Hosting;

/// <summary>A KPI catalogue and an outcome grouping as data: JSON files named in configuration.</summary>
public sealed class DefinitionFileTests
{
    private static string Docs(string file)
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "json", file)))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "docs", "json", file);
    }

    [Fact]
    public async Task CatalogueAndGroupingFiles_AreTheScorersDefinitions()
    {
        var catalogue = Path.GetTempFileName();
        File.WriteAllText(catalogue, KpiCatalogue.FromJson(File.ReadAllText(Docs("kpi-catalogue-papers.json"))).ToJson());
        using var host = HostingTests.Build(new Dictionary<string, string?>
        {
            ["Lancs:Scoring:KpiCatalogueFile"] = catalogue,
            ["Lancs:Scoring:OutcomeGroupingFile"] = Docs("outcome-grouping-default.json"),
        });

        await host.StartAsync();
        var kpi = host.Services.GetRequiredService<KpiScorer>();
        var complaints = host.Services.GetRequiredService<ComplaintClassifier>();

        Assert.Equal(KpiCatalogue.Papers.ToJson(), kpi.Catalogue.ToJson());
        Assert.Equal(OutcomeGrouping.Default.ToJson(), complaints.Grouping.ToJson());
        await host.StopAsync();
        File.Delete(catalogue);
    }

    [Fact]
    public async Task BadCatalogueFile_StopsTheHost_NamingKeyAndField()
    {
        var catalogue = Path.GetTempFileName();
        File.WriteAllText(catalogue, "{ \"indicators\": 12 }");
        using var host = HostingTests.Build(new Dictionary<string, string?>
        {
            ["Lancs:Scoring:KpiCatalogueFile"] = catalogue,
            ["Lancs:Scoring:OutcomeGroupingFile"] = "/no/such/grouping.json",
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Lancs:Scoring:KpiCatalogueFile (" + catalogue + "): indicators", failure.Message);
        Assert.Contains("Lancs:Scoring:OutcomeGroupingFile: '/no/such/grouping.json' cannot be read", failure.Message);
        File.Delete(catalogue);
    }
}
