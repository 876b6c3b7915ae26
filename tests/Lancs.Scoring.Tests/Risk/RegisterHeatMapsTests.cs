using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Heat maps kept per kind (risks, opportunities) and per score (inherent, residual, target), each cell with its
/// entries' ids: the new user's opportunities rated Outstanding must not land in a risk heat map's Catastrophic row.</summary>
public sealed class RegisterHeatMapsTests
{
    private static readonly Quarter Q = Quarter.Parse("2017/18 Q2");

    [Fact]
    public void Count_OpportunityRatedOutstanding_IsInTheOpportunityMapOnlyUnderItsOwnLabel()
    {
        var maps = RegisterHeatMaps.Count(new[]
        {
            Entry("CO1", "3x3", "Outstanding x Likely", target: "Outstanding x Certain", position: 0),
            Entry("CR1", "Catastrophic x Likely", "4x4", position: 1),
            Entry("CO2", "3x3", "Outstanding x Likely", position: 2),
        });

        EntryHeatMap opportunities = maps[RegisterKind.Opportunity, AssessmentKind.Residual];
        EntryHeatMap risks = maps[RegisterKind.Risk, AssessmentKind.Residual];

        HeatMapCell top = opportunities[Impact.Catastrophic, Likelihood.Likely];
        Assert.Equal(new[] { "CO1", "CO2" }, top.Ids.Select(i => i.Raw));
        Assert.Equal(2, top.Count);
        Assert.Equal("Outstanding", top.ImpactLabel);
        Assert.Equal("Outstanding x Likely = 20: CO1, CO2", top.ToString());
        Assert.Equal(0, risks[Impact.Catastrophic, Likelihood.Likely].Count);
        Assert.Equal(new[] { "CR1" }, maps[RegisterKind.Risk, AssessmentKind.Inherent][Impact.Catastrophic, Likelihood.Likely].Ids.Select(i => i.Raw));
        Assert.Equal(new[] { "CO1" }, maps[RegisterKind.Opportunity, AssessmentKind.Target][Impact.Catastrophic, Likelihood.Certain].Ids.Select(i => i.Raw));
        Assert.Equal(0, maps[RegisterKind.Risk, AssessmentKind.Target].Total);
    }

    [Fact]
    public void Render_OpportunityMap_ReadsOutstandingAndListsTheIds()
    {
        var maps = RegisterHeatMaps.Count(new[] { Entry("CO1", "12", "Outstanding x Likely"), Entry("C02", "12", "16", position: 1) });

        string[] lines = maps[RegisterKind.Opportunity, AssessmentKind.Residual].Render().Split('\n');

        Assert.Equal("Heat map of opportunities, residual scores (entries per cell)", lines[0]);
        Assert.Equal(new[] { "OUTSTANDING", "0", "0", "0", "1", "0" }, lines[1].Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("CATASTROPHIC", string.Join("\n", lines));
        Assert.Equal("Cells: Outstanding x Likely = 20: CO1", lines[7]);
        Assert.Equal("By score: 16: 1 (C02), 20: 1 (CO1); unplaced (score only): 1; total: 2", lines[8]);
    }

    [Fact]
    public void Render_RiskMap_KeepsCatastrophic()
    {
        var maps = RegisterHeatMaps.Count(new[] { Entry("CR1", "Catastrophic x Likely", "16") });

        string text = maps[RegisterKind.Risk, AssessmentKind.Inherent].Render();

        Assert.Contains("\nCATASTROPHIC ", text);
        Assert.Contains("Cells: Catastrophic x Likely = 20: CR1", text);
    }

    [Fact]
    public void Count_BareScores_AreCountedByScoreWithTheirIdsInRegisterOrderAndNeverPlaced()
    {
        // The papers print bare numbers, and 12 has two cells (Major x Possible, Moderate x Likely): no cell is guessed.
        var maps = RegisterHeatMaps.Count(new[] { Entry("CR5", "16", "12"), Entry("CR2", "25", "12", position: 1), Entry("CR9", "20", "16", position: 2) });

        EntryHeatMap residual = maps[RegisterKind.Risk, AssessmentKind.Residual];

        Assert.Equal(new[] { "CR5", "CR2" }, residual.IdsOfScore(RiskScore.FromValue(12)).Select(i => i.Raw));
        Assert.Equal(2, residual.CountOfScore(RiskScore.FromValue(12)));
        Assert.Equal(new[] { "CR5", "CR2", "CR9" }, residual.Unplaced.Select(i => i.Raw));
        Assert.All(residual.Cells, c => Assert.Equal(0, c.Count));
        Assert.Equal("Cells: none", residual.Render().Split('\n')[7]);
    }

    [Fact]
    public void Count_EntriesWithoutAResidualOrTarget_AreLeftOutOfThoseMaps()
    {
        var maps = RegisterHeatMaps.Count(new[] { Entry("CR1", "16", ""), Entry("CR2", "16", "12", target: "8", position: 1) });

        Assert.Equal((2, 1, 1), (maps[RegisterKind.Risk, AssessmentKind.Inherent].Total, maps[RegisterKind.Risk, AssessmentKind.Residual].Total,
            maps[RegisterKind.Risk, AssessmentKind.Target].Total));
        Assert.Equal(6, maps.All.Count);
        Assert.Equal("Heat map of risks, target scores: 1 entries", maps.All[2].ToString());
    }

    [Fact]
    public void RegisterResult_PrintedRegister_KeepsRisksAndOpportunitiesApart()
    {
        // 000:1515-1555: 18 risks and 4 opportunities, C01, C02 and CO4 at 12 / 16 and CO5 at 12 / 15 (000:1551-1555).
        RegisterResult result = new RegisterScorer().Rescore(RegisterFiles.Q2_2017, RegisterFiles.Rows(RegisterFiles.Q2_2017));

        EntryHeatMap opportunities = result.HeatMaps[RegisterKind.Opportunity, AssessmentKind.Residual];
        EntryHeatMap risks = result.HeatMaps[RegisterKind.Risk, AssessmentKind.Residual];

        Assert.Equal((4, 18), (opportunities.Total, risks.Total));
        Assert.Equal(new[] { "C01", "C02", "CO4" }, opportunities.IdsOfScore(RiskScore.FromValue(16)).Select(i => i.Raw));
        Assert.Equal(new[] { "CO5" }, opportunities.IdsOfScore(RiskScore.FromValue(15)).Select(i => i.Raw));
        Assert.Equal(9, risks.CountOfScore(RiskScore.FromValue(12)));
        Assert.Equal(result.Entries.Count, opportunities.Total + risks.Total);
        Assert.All(RiskScore.All, s => Assert.Equal(result.ResidualHeatMap.CountOfScore(s), opportunities.CountOfScore(s) + risks.CountOfScore(s)));
        Assert.All(opportunities.Unplaced, id => Assert.Equal(RegisterKind.Opportunity, id.Kind));
        Assert.Equal(result.Entries.Where(e => e.Entry.Kind == RegisterKind.Opportunity).Select(e => e.Entry.Id), opportunities.Unplaced);
        Assert.Same(result.HeatMaps, result.HeatMaps);
    }

    [Property(MaxTest = 1000)]
    public Property Count_AnyEntries_EachMapAddsUpAndListsExactlyItsKindsEntriesInRegisterOrder(int seed)
    {
        var entries = RandomEntries(seed);
        var maps = RegisterHeatMaps.Count(entries);

        bool Holds(EntryHeatMap map)
        {
            var expected = entries.Where(e => e.Kind == map.Kind && e.AssessmentOf(map.AssessmentKind) is not null).ToList();
            var placedIds = map.Cells.Sum(c => c.Count);
            var byScore = RiskScore.All.Sum(map.CountOfScore);
            var cellsInOrder = map.Cells.All(c => c.Ids.SequenceEqual(expected
                .Where(e => e.AssessmentOf(map.AssessmentKind)!.Impact == c.Cell.Impact && e.AssessmentOf(map.AssessmentKind)!.Likelihood == c.Cell.Likelihood)
                .Select(e => e.Id)));
            var scoresInOrder = RiskScore.All.All(s => map.IdsOfScore(s).SequenceEqual(expected.Where(e => e.AssessmentOf(map.AssessmentKind)!.Score == s).Select(e => e.Id)));
            return map.Total == expected.Count && placedIds + map.Unplaced.Count == map.Total && byScore == map.Total && cellsInOrder && scoresInOrder;
        }

        return maps.All.All(Holds).Label(string.Join("; ", entries.Select(e => $"{e.Id} {e.Inherent}/{e.Residual}/{e.Target}")));
    }

    private static List<RegisterEntry> RandomEntries(int seed)
    {
        var random = new System.Random(seed);
        string Cell() => random.Next(3) switch
        {
            0 => RiskScore.All[random.Next(RiskScore.All.Count)].ToString(),
            1 => $"{random.Next(1, 6)}x{random.Next(1, 6)}",
            _ => string.Empty,
        };
        return Enumerable.Range(0, random.Next(0, 30)).Select(i =>
        {
            var inherent = Cell();
            return Entry((random.Next(2) == 0 ? "CR" : "CO") + random.Next(1, 8), inherent.Length == 0 ? "12" : inherent, Cell(), Cell(), i);
        }).ToList();
    }

    private static RegisterEntry Entry(string id, string inherent, string residual, string? target = null, int position = 0)
    {
        var row = new RegisterRow(position + 2, id, null, "A description", "Economic", "MT", inherent, residual, "Level", null, target);
        Assert.True(RegisterEntry.TryFromRow(row, Q, position, out RegisterEntry? entry, out Rejection? rejection), rejection?.ToString());
        return entry!;
    }
}
