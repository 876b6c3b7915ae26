using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Kpi;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi.Rules;

public sealed class KpiRuleCatalogueTests
{
    [Fact]
    public void CreateRules_EveryRule_HasNameDescriptionKpiTagAndPaperCitation()
    {
        RuleSet rules = new KpiScorer(KpiCatalogue.Papers).Rules;

        Assert.Equal(5, rules.Rules.Count);
        Assert.All(rules.Rules, r =>
        {
            Assert.StartsWith("KPI ", r.Name, System.StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.Contains("Kpi", r.Tags);
            Assert.Matches(@"^00[0-3]:\d+", r.Policy);
        });
        Assert.Equal(rules.Rules.Count, rules.Rules.Select(r => r.Name).Distinct().Count());
    }
}
