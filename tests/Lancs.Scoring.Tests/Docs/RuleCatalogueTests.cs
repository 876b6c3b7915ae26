using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Lancs.Scoring.Engine;
using NRules.RuleModel;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Tests.Packaging;
using Xunit;

namespace Lancs.Scoring.Tests.Docs;

/// <summary>Keeps docs/rules.md, the catalogue of every rule, in step with the rules as compiled.</summary>
public sealed class RuleCatalogueTests
{
    private static readonly string CataloguePath = Path.Combine(PackageFixture.RepositoryRoot(), "docs", "rules.md");

    /// <summary>The rule sets the library ships, as their entry points compile them with the published defaults.</summary>
    internal static IEnumerable<(string Area, IReadOnlyList<IRuleDefinition> Rules)> Areas()
    {
        yield return ("Register (`Lancs.Scoring.Risk.Rules`, published policy: threshold 12)", new RegisterScorer().Rules);
        yield return ("KPI banding (`Lancs.Scoring.Kpi.Rules`)", new KpiScorer(KpiCatalogue.Papers).Rules);
        yield return ("Complaint outcomes (`Lancs.Scoring.Complaints.Rules`)", new Lancs.Scoring.Complaints.ComplaintClassifier().Rules);
    }

    [Fact]
    public void RulesMd_ListsEveryRuleWithItsDescriptionAndCitation()
    {
        var expected = Render();
        if (Environment.GetEnvironmentVariable("LANCS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(CataloguePath, expected);
        }

        var actual = File.Exists(CataloguePath) ? File.ReadAllText(CataloguePath).Replace("\r\n", "\n") : string.Empty;
        Assert.True(actual == expected,
            "docs/rules.md is out of step with the rules. Regenerate it with: LANCS_UPDATE_DOCS=1 dotnet test Lancs.Scoring.sln --filter RuleCatalogueTests");
    }

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Rule catalogue\n\n");
        text.Append("Every rule the library ships, as compiled by its area's entry point: name, priority, description and the council\n");
        text.Append("policy it implements (paper and line in `../shared/seeds/`). A test (`RuleCatalogueTests`) keeps this page in step\n");
        text.Append("with the code; regenerate it with `LANCS_UPDATE_DOCS=1 dotnet test Lancs.Scoring.sln --filter RuleCatalogueTests`.\n");
        foreach (var (area, rules) in Areas())
        {
            text.Append("\n## ").Append(area).Append("\n\n");
            text.Append("| rule | priority | description | policy |\n|---|---|---|---|\n");
            foreach (var rule in rules)
            {
                text.Append("| ").Append(Cell(rule.Name)).Append(" | ").Append(rule.Priority).Append(" | ")
                    .Append(Cell(rule.Description)).Append(" | ").Append(Cell(rule.Policy() ?? string.Empty)).Append(" |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
