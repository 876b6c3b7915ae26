using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Lancs.Scoring.Json;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Tests.Packaging;
using Lancs.Scoring.Tests.Risk;
using Xunit;
using static Lancs.Scoring.Tests.Risk.RegisterFiles;

namespace Lancs.Scoring.Tests.Json;

/// <summary>The register's JSON contract (docs/json.md): the printed registers, the pinned sample, and reading it back.</summary>
public sealed class RegisterJsonTests
{
    private static readonly string SamplePath = Path.Combine(PackageFixture.RepositoryRoot(), "docs", "json", "register-sample.json");

    private static readonly Lazy<RegisterResult> Printed = new(() =>
        new RegisterScorer().Rescore(Q2_2017, Rows(Q2_2017), Q1_2016, Rows(Q1_2016)));

    [Fact]
    public void Write_PrintedRegister_WritesEveryEntryWithItsIdScoresAndPredecessor()
    {
        var result = Printed.Value;
        using var json = JsonDocument.Parse(JsonText.Streamed(result));
        var root = json.RootElement;
        var entries = root.GetProperty("entries").EnumerateArray().ToList();

        Assert.Equal("Q2 2017/18", root.GetProperty("quarter").GetString());
        Assert.Equal(12, root.GetProperty("policy").GetProperty("inclusionThreshold").GetInt32());
        Assert.Equal(result.Entries.Select(e => e.Entry.Id.Raw), entries.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(result.Entries.Select(e => e.Inherent.Value), entries.Select(e => e.GetProperty("inherent").GetInt32()));
        Assert.Equal(result.Entries.Select(e => e.Residual?.Value), entries.Select(e => e.TryGetProperty("residual", out var r) ? r.GetInt32() : (int?)null));

        // CR1: 25 / 16 in both quarters (000:1516), so Level against the 2016/17 register, and on the corporate register.
        var cr1 = entries.Single(e => e.GetProperty("id").GetString() == "CR1");
        Assert.Equal((25, 16, true, "Level"), (cr1.GetProperty("inherent").GetInt32(), cr1.GetProperty("residual").GetInt32(),
            cr1.GetProperty("onCorporateRegister").GetBoolean(), cr1.GetProperty("direction").GetString()));
        Assert.Equal(("CR1", "Q1 2016/17"), (cr1.GetProperty("previous").GetProperty("id").GetString(), cr1.GetProperty("previous").GetProperty("quarter").GetString()));
        Assert.Equal("Risk", cr1.GetProperty("kind").GetString());
        Assert.False(cr1.TryGetProperty("residualCell", out _), "the papers print bare scores, so no cell is known");
        Assert.NotEmpty(cr1.GetProperty("explanation").EnumerateArray());
    }

    [Fact]
    public void Write_PrintedRegister_WritesTheHeatMapsCountsAndIdsByScore()
    {
        var result = Printed.Value;
        using var json = JsonDocument.Parse(JsonText.Streamed(result));
        var maps = json.RootElement.GetProperty("heatMaps").EnumerateArray().ToList();

        Assert.Equal(6, maps.Count);
        var residualRisks = maps[1];
        Assert.Equal(("Risk", "residual"), (residualRisks.GetProperty("kind").GetString(), residualRisks.GetProperty("assessment").GetString()));
        var map = result.HeatMaps[RegisterKind.Risk, AssessmentKind.Residual];
        Assert.Equal(map.Total, residualRisks.GetProperty("total").GetInt32());
        Assert.Empty(residualRisks.GetProperty("cells").EnumerateArray());
        Assert.Equal(map.Unplaced.Select(i => i.Raw), residualRisks.GetProperty("unplaced").EnumerateArray().Select(i => i.GetString()));
        var byScore = residualRisks.GetProperty("byScore").EnumerateArray()
            .ToDictionary(s => s.GetProperty("score").GetInt32(), s => (s.GetProperty("count").GetInt32(), s.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToList()));
        var expected = RiskScore.All.Where(s => map.CountOfScore(s) > 0)
            .ToDictionary(s => s.Value, s => (map.CountOfScore(s), map.IdsOfScore(s).Select(i => i.Raw).ToList()));
        Assert.Equal(expected.Keys, byScore.Keys);
        Assert.All(expected, p => Assert.Equal(p.Value.Item2, byScore[p.Key].Item2));
        Assert.Contains("CR1", byScore[16].Item2);
    }

    [Fact]
    public void Write_PrintedRegister_IsWhatJsonSerializerWritesAndReadsBack()
    {
        var result = Printed.Value;
        var streamed = JsonText.Streamed(result);

        var read = JsonSerializer.Deserialize(streamed, ScoringJsonContext.Default.RegisterResultJson)!;

        Assert.Equal(JsonText.Serialized(RegisterResultJson.From(result)), streamed);
        Assert.Equal(streamed, JsonText.Serialized(read));
        Assert.Equal(result.Changes.Select(c => (c.Id.Raw, c.Kind.Name, c.Reason)), read.Changes.Select(c => (c.Id, c.Kind, c.Text)));
        Assert.Equal(result.Findings.Select(f => (f.Id?.Raw, f.Kind.Name, f.Message)), read.Findings.Select(f => (f.Id, f.Kind, f.Text)));
        Assert.Equal(ScoringPolicy.Default.ToJson(), ScoringPolicy.FromJson(read.Policy.GetRawText()).ToJson());
    }

    [Fact]
    public void Write_Sample_IsThePinnedShape()
    {
        var written = JsonText.Streamed(JsonSample.Result(), new ScoringJsonOptions { IncludeExplanations = false, Indented = true }).Replace("\r\n", "\n") + "\n";
        if (Environment.GetEnvironmentVariable("LANCS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(SamplePath, written);
        }

        Assert.True(File.Exists(SamplePath), "docs/json/register-sample.json is missing; write it with LANCS_UPDATE_DOCS=1 dotnet test tests/Lancs.Scoring.Tests --filter RegisterJsonTests");
        Assert.Equal(File.ReadAllText(SamplePath).Replace("\r\n", "\n"), written);
    }

    [Fact]
    public void Write_Sample_LeavesOutWhatIsNotKnownAndWritesCellsWithTheKindsLabels()
    {
        var read = JsonSerializer.Deserialize(JsonText.Streamed(JsonSample.Result()), ScoringJsonContext.Default.RegisterResultJson)!;

        var co1 = read.Entries.Single(e => e.Id == "CO1");
        Assert.Equal(("Outstanding", "Likely"), (co1.InherentCell!.Impact, co1.InherentCell.Likelihood));
        Assert.Null(read.Entries.Single(e => e.Id == "CR2").InherentCell);
        Assert.Null(read.Entries.Single(e => e.Id == "CR2").Residual);
        Assert.Equal("low", read.Entries.Single(e => e.Id == "CR4").AppetiteZone);
        var opportunities = read.HeatMaps.Single(m => m.Kind == "Opportunity" && m.Assessment == "inherent");
        var cell = Assert.Single(opportunities.Cells);
        Assert.Equal(("Outstanding", 20), (cell.Impact, cell.Score));
        Assert.Equal(new[] { "CO1" }, cell.Ids);
        Assert.Contains(read.Changes, c => c.Id == "CR3" && c.Kind == "Removed");
        Assert.Contains(read.Rejections, r => r.Entry == "CR9 (line 6)" && r.Field == "inherent");
    }

    [Fact]
    public void Write_InputRejections_ComeBeforeTheResultsOwn()
    {
        var options = new ScoringJsonOptions { InputRejections = new[] { new Rejection("line 7", "id", "", "The id is blank.") } };

        var read = JsonSerializer.Deserialize(JsonText.Streamed(JsonSample.Result(), options), ScoringJsonContext.Default.RegisterResultJson)!;

        Assert.Equal(new[] { "line 7", "CR9 (line 6)" }, read.Rejections.Select(r => r.Entry));
        Assert.Equal(("id", "", "The id is blank."), (read.Rejections[0].Field, read.Rejections[0].Value, read.Rejections[0].Reason));
    }

    [Fact]
    public void Serialize_NewDocument_WritesAnEmptyPolicyAndEmptyLists()
    {
        Assert.Equal("{\"quarter\":\"\",\"policy\":{},\"entries\":[],\"changes\":[],\"findings\":[],\"rejections\":[],\"heatMaps\":[]}",
            JsonText.Serialized(new RegisterResultJson()));
    }
}
