using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Lancs.Scoring.Cli;
using Xunit;
using static Lancs.Scoring.Tests.Cli.CliRun;

namespace Lancs.Scoring.Tests.Cli;

/// <summary>The CLI with the optional target column and a policy with appetite zones: opportunities shown with their own
/// labels, the zone per entry, and heat maps per kind and score with their ids.</summary>
public sealed class RegisterTargetAndAppetiteTests : IDisposable
{
    private const string Header = "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source,target\n";

    private const string Zones = """
        {
          "zones": [
            { "name": "low", "colour": "#2e7d32", "scores": { "from": 1, "to": 6 } },
            { "name": "medium", "colour": "#f9a825", "scores": { "from": 8, "to": 12 } },
            { "name": "high", "colour": "#c62828", "scores": { "from": 15, "to": 25 } }
          ],
          "appetite": { "risk": [ "low", "medium" ], "opportunity": [ "high" ] }
        }
        """;

    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-cli-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Rescore_Json_ShowsTargetsCellsWithTheKindsLabelsZonesAndHeatMapsWithIds()
    {
        var register = Write("2017-18-Q2.csv", Header +
            "CR1,risk,First,Economic,MT,25,16,Level,x,12\n" +
            "CR2,risk,Second,Economic,MT,16,12,Level,x,12\n" +
            "CO1,opportunity,Third,Economic,MT,3x3,Outstanding x Likely,Upwards,x,Outstanding x Certain\n" +
            "CO2,opportunity,Fourth,Economic,MT,12,12,Level,x,\n");

        var (code, output, _) = Run("rescore", register, "--format", "json", "--policy", Write("zones.json", Zones));

        Assert.Equal(ExitCode.Success, code); // findings only: the rows were all scored
        using var json = JsonDocument.Parse(output);
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(new[] { "high", "medium", "high", "medium" }, entries.Select(e => e.GetProperty("appetiteZone").GetString()));
        Assert.Equal(12, entries[0].GetProperty("target").GetInt32());
        Assert.False(entries[3].TryGetProperty("target", out _));
        Assert.Equal("Outstanding", entries[2].GetProperty("residualCell").GetProperty("impact").GetString());
        Assert.Equal("Certain", entries[2].GetProperty("targetCell").GetProperty("likelihood").GetString());
        Assert.False(entries[0].TryGetProperty("residualCell", out _));

        var findings = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("id").GetString(), f.GetProperty("kind").GetString())).ToList();
        Assert.Contains(("CR1", "OutsideAppetite"), findings);
        Assert.Contains(("CO2", "OutsideAppetite"), findings);
        Assert.Contains(("CR2", "TargetMet"), findings);
        Assert.DoesNotContain(findings, f => f.Item1 == "CO1" || f.Item2 == "TargetOnWrongSide");

        var maps = json.RootElement.GetProperty("heatMaps").EnumerateArray().ToList();
        Assert.Equal(6, maps.Count);
        var opportunityResidual = maps.Single(m => m.GetProperty("kind").GetString() == "Opportunity" && m.GetProperty("assessment").GetString() == "residual");
        var cell = Assert.Single(opportunityResidual.GetProperty("cells").EnumerateArray());
        Assert.Equal(("Outstanding", "Likely", 20, 1, "high"), (cell.GetProperty("impact").GetString(), cell.GetProperty("likelihood").GetString(),
            cell.GetProperty("score").GetInt32(), cell.GetProperty("count").GetInt32(), cell.GetProperty("appetiteZone").GetString()));
        Assert.Equal(new[] { "CO1" }, cell.GetProperty("ids").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(new[] { "CO2" }, opportunityResidual.GetProperty("unplaced").EnumerateArray().Select(i => i.GetString()));
        var riskResidual = maps.Single(m => m.GetProperty("kind").GetString() == "Risk" && m.GetProperty("assessment").GetString() == "residual");
        Assert.Empty(riskResidual.GetProperty("cells").EnumerateArray());
        Assert.Equal(new[] { (12, "CR2"), (16, "CR1") }, riskResidual.GetProperty("byScore").EnumerateArray()
            .Select(s => (s.GetProperty("score").GetInt32(), string.Join(",", s.GetProperty("ids").EnumerateArray().Select(i => i.GetString())))));
    }

    [Fact]
    public void Rescore_JsonWithoutZones_HasNoAppetiteZone()
    {
        var (_, output, _) = Run("rescore", Path.Combine(AppContext.BaseDirectory, "data", "registers", "2018-19-Q1.csv"), "--format", "json");

        using var json = JsonDocument.Parse(output);
        Assert.All(json.RootElement.GetProperty("entries").EnumerateArray(), e => Assert.False(e.TryGetProperty("appetiteZone", out _)));
        Assert.Equal(6, json.RootElement.GetProperty("heatMaps").GetArrayLength());
    }

    [Fact]
    public void Rescore_Table_AddsTargetAndZoneColumnsAndPrintsEachKindsMaps()
    {
        var register = Write("2017-18-Q2.csv", Header +
            "CR1,risk,First,Economic,MT,25,16,Level,x,12\n" +
            "CO1,opportunity,Third,Economic,MT,3x3,Outstanding x Likely,Upwards,x,\n");

        var (_, output, _) = Run("rescore", register, "--policy", Write("zones.json", Zones));

        Assert.Matches(@"ID\s+Inherent\s+Residual\s+Target\s+Zone\s+Direction", output);
        Assert.Matches(@"CR1\s+25\s+16\s+12\s+high\s+", output);
        Assert.Matches(@"CO1\s+9\s+20\s+-\s+high\s+", output);
        Assert.Contains("Heat map of risks, target scores (entries per cell)", output);
        Assert.Contains("Cells: Outstanding x Likely = 20: CO1", output);
        Assert.DoesNotContain("Heat map of opportunities, target scores", output);
        Assert.Contains("OutsideAppetite: CR1: the residual 16 lies in the zone 'high', outside the appetite for risks (low, medium).", output);
    }

    [Fact]
    public void Explain_Opportunity_ShowsItsCellsWithOutstandingAndItsZone()
    {
        var register = Write("2017-18-Q2.csv", Header + "CO1,opportunity,Third,Economic,MT,3x3,Outstanding x Likely,Upwards,x,Outstanding x Certain\n");

        var (_, output, _) = Run("explain", register, "CO1", "--policy", Write("zones.json", Zones));

        Assert.Contains("  Scores: inherent 9 (Moderate x Possible), residual 20 (Outstanding x Likely), target 25 (Outstanding x Certain); appetite zone: high", output);
        Assert.DoesNotContain("Catastrophic", output);
    }

    [Fact]
    public void Rescore_Csv_WritesTheTargetTheCellsAndTheZone()
    {
        var register = Write("2017-18-Q2.csv", Header + "CO1,opportunity,Third,Economic,MT,3x3,Outstanding x Likely,Upwards,x,25\n");

        var (_, output, _) = Run("rescore", register, "--format", "csv", "--policy", Write("zones.json", Zones));

        var row = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].TrimEnd();
        Assert.EndsWith(",25,Moderate x Possible,Outstanding x Likely,,high", row);
    }

    [Fact]
    public void Rescore_BadTargetCell_IsRejectedNamingTheColumn()
    {
        var register = Write("2017-18-Q2.csv", Header + "CR1,risk,First,Economic,MT,25,16,Level,x,13\nCR2,risk,Second,Economic,MT,16,12,Level,x,\n");

        var (code, output, _) = Run("rescore", register, "--format", "json");

        Assert.Equal(ExitCode.Rejected, code);
        using var json = JsonDocument.Parse(output);
        var rejection = Assert.Single(json.RootElement.GetProperty("rejections").EnumerateArray());
        Assert.Equal(("CR1 (line 2)", "target", "13"), (rejection.GetProperty("entry").GetString(), rejection.GetProperty("field").GetString(), rejection.GetProperty("value").GetString()));
    }

    private string Write(string name, string text) => WriteFile(_scratch, name, text);
}
