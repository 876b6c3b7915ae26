using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi.Rules;

public sealed class KpiRuleCatalogueTests
{
    [Fact]
    public void CreateRules_EveryRule_HasNameDescriptionKpiTagAndPaperCitation()
    {
        var rules = new KpiScorer(KpiCatalogue.Papers).Rules;

        Assert.Equal(7, rules.Count); // the papers' five, and the RAG band and long-term direction (issue 16)
        Assert.All(rules, r =>
        {
            Assert.StartsWith("KPI ", r.Name, System.StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.Contains("Kpi", r.Tags);
            Assert.Matches(@"^00[0-3]:\d+", r.Policy());
        });
        Assert.Equal(rules.Count, rules.Select(r => r.Name).Distinct().Count());
    }
}
