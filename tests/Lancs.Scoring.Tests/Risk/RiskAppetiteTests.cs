using System.Linq;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Risk appetite as policy data: zones over the matrix (cells and/or score ranges, with a colour), the zones within
/// appetite per kind, where an assessment lies, and the policy file's <c>zones</c> and <c>appetite</c>.</summary>
public sealed class RiskAppetiteTests
{
    private const string ThreeBands = """
        {
          "zones": [
            { "name": "low", "colour": "#2E7D32", "scores": { "from": 1, "to": 6 } },
            { "name": "medium", "colour": "#f9a825", "scores": { "from": 8, "to": 12 }, "cells": [ "5x3" ] },
            { "name": "high", "colour": "#c62828", "cells": [ "Major x Likely", "4x5", "5x4", "5x5", "3x5" ] }
          ],
          "appetite": { "risk": [ "low", "Medium" ], "opportunity": [ "high" ] }
        }
        """;

    [Fact]
    public void Default_HasNoZonesAndWritesNone()
    {
        Assert.Same(RiskAppetite.None, ScoringPolicy.Default.Appetite);
        Assert.False(ScoringPolicy.Default.Appetite.HasZones);
        Assert.DoesNotContain("zones", ScoringPolicy.Default.ToJson());
        Assert.DoesNotContain("appetite", ScoringPolicy.Default.ToJson());
    }

    [Fact]
    public void FromJson_Zones_AreReadWithTheirCellsRangesColoursAndAppetite()
    {
        RiskAppetite appetite = ScoringPolicy.FromJson(ThreeBands).Appetite;

        Assert.Equal(new[] { "low (#2e7d32): scores 1-6", "medium (#f9a825): scores 8-12; cells 5x3", "high (#c62828): cells 3x5, 4x4, 4x5, 5x4, 5x5" },
            appetite.Zones.Select(z => z.ToString()));
        Assert.Equal(new[] { "low", "medium" }, appetite.WithinAppetite(RegisterKind.Risk).Select(z => z.Name));
        Assert.Equal(new[] { "high" }, appetite.WithinAppetite(RegisterKind.Opportunity).Select(z => z.Name));
        Assert.Equal("zones low, medium, high; risks within low, medium; opportunities within high", appetite.ToString());
    }

    [Fact]
    public void FromJson_ToJson_RoundTripsTheZonesAndTheAppetite()
    {
        ScoringPolicy policy = ScoringPolicy.FromJson(ThreeBands);

        string json = policy.ToJson();
        ScoringPolicy again = ScoringPolicy.FromJson(json);

        Assert.Equal(policy.Appetite.ToString(), again.Appetite.ToString());
        Assert.Equal(json, again.ToJson());
        Assert.Contains("\"cells\": [\n        \"3x5\",", json.Replace("\r\n", "\n"));
        Assert.Contains("\"scores\": {\n        \"from\": 1,\n        \"to\": 6\n      }", json.Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData("4x4", "high")]   // a listed cell
    [InlineData("5x3", "medium")] // a listed cell whose score, 15, is in no range
    [InlineData("3x4", "medium")] // a cell placed by its score, 12, in medium's range
    [InlineData("2x3", "low")]
    [InlineData("12", "medium")]  // a bare score, placed by a range
    [InlineData("5", "low")]
    public void TryPlace_PlacedAssessments_LieInOneZone(string cell, string zone)
    {
        RiskAppetite appetite = ScoringPolicy.FromJson(ThreeBands).Appetite;

        Assert.True(appetite.TryPlace(Parse(cell), out AppetiteZone? placed));
        Assert.Equal(zone, placed?.Name);
    }

    [Theory]
    [InlineData("16")] // only Major x Likely carries 16, which 'high' lists; still not placed: cells apply only where the cell is known
    [InlineData("15")] // 5x3 is in 'medium', 3x5 in 'high'
    [InlineData("20")] // both cells of 20 are in 'high', but the cell is not known
    public void TryPlace_BareScoreOnlyACellZoneCouldHold_IsNotPlaced(string score)
    {
        RiskAppetite appetite = ScoringPolicy.FromJson(ThreeBands).Appetite;

        Assert.False(appetite.TryPlace(Parse(score), out AppetiteZone? zone));
        Assert.Null(zone);
        Assert.False(appetite.IsOutside(RegisterKind.Risk, Parse(score)));
    }

    [Fact]
    public void TryPlace_ScoreInNoRangeAndNoCellZones_LiesInNoZoneAndIsOutside()
    {
        RiskAppetite appetite = RiskAppetite.Create(new[] { AppetiteZone.Create("low", "#2e7d32", lowestScore: 1, highestScore: 6) }, risk: new[] { "low" });

        Assert.True(appetite.TryPlace(Parse("16"), out AppetiteZone? zone));
        Assert.Null(zone);
        Assert.True(appetite.IsOutside(RegisterKind.Risk, Parse("16")));
        Assert.False(appetite.IsOutside(RegisterKind.Risk, Parse("6")));
        Assert.False(appetite.IsOutside(RegisterKind.Opportunity, Parse("16"))); // no appetite stated for opportunities
        Assert.False(appetite.IsOutside(RegisterKind.Risk, null));
    }

    [Fact]
    public void Create_InCode_GivesWhatTheFileGives()
    {
        RiskAppetite appetite = RiskAppetite.Create(
            new[]
            {
                AppetiteZone.Create("low", "#2e7d32", lowestScore: 1, highestScore: 6),
                AppetiteZone.Create("high", "#c62828", new[] { RiskMatrix.CellOf(Impact.Catastrophic, Likelihood.Certain) }),
            },
            opportunity: new[] { "high" });

        Assert.Equal("zones low, high; risks within (none stated); opportunities within high", appetite.ToString());
        Assert.True(appetite.IsOutside(RegisterKind.Opportunity, Assessment.Of(Impact.Minor, Likelihood.Rare)));
    }

    [Fact]
    public void FromJson_OverlapUnknownNameAndBadColourTogether_ReportsEveryProblemNamingItsField()
    {
        var ex = Assert.Throws<PolicyException>(() => ScoringPolicy.FromJson("""
            {
              "zones": [
                { "name": "low", "colour": "green", "scores": { "from": 1, "to": 8 } },
                { "name": "medium", "colour": "#f9a825", "scores": { "from": 8, "to": 12 } },
                { "name": "high", "colour": "#c62828", "cells": [ "4x4", "2x3" ] }
              ],
              "appetite": { "risk": [ "low", "amber" ] }
            }
            """));

        Assert.Equal(new[]
        {
            "zones[0].colour: 'green' is not a colour; give #rrggbb, such as #2e7d32.",
            "zones: 'low' and 'medium' both hold score 8; a score belongs to one zone at most.",
            "zones: 'low' and 'high' both hold the cell 2x3 (score 6); a cell belongs to one zone at most.",
            "appetite.risk[1]: 'amber' is not a zone; the zones are low, medium, high.",
        }, ex.Problems);
    }

    [Theory]
    [InlineData("""{ "zones": { "name": "low" } }""", "zones: { \"name\": \"low\" } is not a list of zones")]
    [InlineData("""{ "zones": [ 12 ] }""", "zones[0]: 12 is not a zone")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32" } ] }""", "zones[0]: the zone has no cells and no scores")]
    [InlineData("""{ "zones": [ { "name": " ", "colour": "#2e7d32", "scores": { "from": 1, "to": 6 } } ] }""", "zones[0].name: missing or blank")]
    [InlineData("""{ "zones": [ { "name": "low", "scores": { "from": 1, "to": 6 } } ] }""", "zones[0].colour: missing")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d3", "scores": { "from": 1, "to": 6 } } ] }""", "zones[0].colour: '#2e7d3' is not a colour")]
    [InlineData("""{ "zones": [ { "name": "low", "color": "#2e7d32", "colour": "#2e7d32", "scores": { "from": 1, "to": 6 } } ] }""", "zones[0].color: unknown field; the fields of a zone are name, colour, cells, scores.")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32", "scores": { "from": 6, "to": 1 } } ] }""", "zones[0].scores: from 6 is above to 1")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32", "scores": { "from": 0, "to": 6 } } ] }""", "zones[0].scores.from: 0 is outside 1-25")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32", "scores": { "from": 13, "to": 14 } } ] }""", "zones[0].scores: 13-14 holds no score of the matrix")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32", "scores": { "from": 1 } } ] }""", "zones[0].scores.to: missing")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32", "scores": { "from": 1, "to": 6.5 } } ] }""", "zones[0].scores.to: 6.5 is not a whole number")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32", "cells": [ "16" ] } ] }""", "zones[0].cells[0]: \"16\" is not a cell")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32", "cells": [ ] } ] }""", "zones[0].cells: empty")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32", "cells": [ "1x1" ] }, { "name": "LOW", "colour": "#2e7d32", "cells": [ "2x2" ] } ] }""", "zones[1].name: 'LOW' is already the name of zones[0]")]
    [InlineData("""{ "appetite": { "risk": [ "low" ] } }""", "appetite.risk[0]: 'low' is not a zone; the policy defines no zones")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32", "cells": [ "1x1" ] } ], "appetite": { "risk": [ ] } }""", "appetite.risk: empty")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32", "cells": [ "1x1" ] } ], "appetite": { "risks": [ "low" ] } }""", "appetite.risks: unknown field")]
    [InlineData("""{ "zones": [ { "name": "low", "colour": "#2e7d32", "cells": [ "1x1" ] } ], "appetite": [ "low" ] }""", "appetite: [ \"low\" ] is not an object")]
    public void FromJson_BadZoneOrAppetite_NamesTheField(string json, string expected)
    {
        var ex = Assert.Throws<PolicyException>(() => ScoringPolicy.FromJson(json));

        Assert.StartsWith(expected, Assert.Single(ex.Problems));
    }

    [Fact]
    public void Create_BadZone_ReportsEveryProblemAtOnce()
    {
        var ex = Assert.Throws<PolicyException>(() => AppetiteZone.Create("", "red", lowestScore: 1));

        Assert.Equal(new[]
        {
            "zone.name: missing or blank; give the zone a name, such as \"low\".",
            "zone.colour: 'red' is not a colour; give #rrggbb, such as #2e7d32.",
            "zone.scores: give both ends of the range, from and to (inclusive), such as from 1 to 6.",
        }, ex.Problems);
    }

    [Fact]
    public void WithMethods_KeepTheAppetite_AndWithAppetiteSaysItChangedThePolicy()
    {
        ScoringPolicy policy = ScoringPolicy.Default.WithAppetite(ScoringPolicy.FromJson(ThreeBands).Appetite);

        ScoringPolicy changed = policy.WithInclusionThreshold(15).WithMatching(PreviousQuarterMatching.ByIdAndDescription);

        Assert.Same(policy.Appetite, changed.Appetite);
        Assert.Equal(3, ScoringPolicy.FromJson(changed.ToJson()).Appetite.Zones.Count);
        Assert.Contains("risk appetite", policy.Name);
        Assert.Same(RiskAppetite.None, ScoringPolicy.Default.WithInclusionThreshold(15).Appetite);
    }

    private static Assessment Parse(string cell)
    {
        Assert.True(Assessment.TryParse(cell, out Assessment? assessment, out string? error), error);
        return assessment!;
    }
}
