using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;
using Xunit;
using static Lancs.Scoring.Tests.Risk.RegisterFiles;
using Lancs.Scoring.Testing;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Re-scoring in partitions concludes exactly what one re-score of the whole register concludes.</summary>
public sealed class RegisterScorerPartitionTests
{
    private static readonly RegisterScorer Scorer = new();

    public static TheoryData<string, string, int> RealRegisters() => new()
    {
        { "2016/17 Q1", "2017/18 Q2", 1 },
        { "2016/17 Q1", "2017/18 Q2", 3 },
        { "2017/18 Q2", "2018/19 Q1", 1 },
        { "2017/18 Q2", "2018/19 Q1", 4 },
        { "2017/18 Q2", "2018/19 Q1", 1000 },
    };

    [Theory]
    [MemberData(nameof(RealRegisters))]
    public void RescoreInPartitions_RealRegisters_AgreesWithOneRescore(string previousText, string currentText, int partitionSize)
    {
        var (previousQuarter, quarter) = (Quarter.Parse(previousText), Quarter.Parse(currentText));
        var previous = Entries(previousQuarter);
        var current = Entries(quarter);

        var whole = Scorer.RescoreEntries(quarter, current, previousQuarter, previous);
        var parts = Scorer.RescoreInPartitions(quarter, current, previousQuarter, previous, partitionSize).ToList();

        Assert.Equal(Summary(new[] { whole }), Summary(parts));
        Assert.True(parts.Count > 1 || partitionSize >= current.Count, $"{parts.Count} partitions of {current.Count} entries");
    }

    [Fact]
    public void RescoreInPartitions_RegisterWideFinding_IsReportedOnce()
    {
        var parts = Scorer.RescoreInPartitions(Q2_2017, Entries(Q2_2017), Q1_2016, Entries(Q1_2016), partitionSize: 2).ToList();

        Assert.Single(parts.SelectMany(p => p.Findings), f => f.Kind == FindingKind.PreviousQuarterNotAdjacent);
    }

    [Fact]
    public void RescoreInPartitions_PartitionSizeZero_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Scorer.RescoreInPartitions(Q2_2017, Entries(Q2_2017), partitionSize: 0));

        Assert.Equal("partitionSize", ex.ParamName);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(RegisterArbitraries) })]
    public Property RescoreInPartitions_RandomRegisters_AgreesWithOneRescore(GeneratedRegister current, GeneratedRegister previous, byte sizeSeed, bool withPrevious)
    {
        var (quarter, previousQuarter) = (Q2_2017, Q2_2017.Previous);
        var entries = current.Entries(quarter);
        var previousEntries = withPrevious ? previous.Entries(previousQuarter) : null;
        var partitionSize = (sizeSeed % 6) + 1;

        var whole = Summary(new[] { Scorer.RescoreEntries(quarter, entries, previousQuarter, previousEntries) });
        var parts = Summary(Scorer.RescoreInPartitions(quarter, entries, previousQuarter, previousEntries, partitionSize));

        return (whole == parts).Label($"whole:\n{whole}\npartitions of {partitionSize}:\n{parts}");
    }

    private static List<RegisterEntry> Entries(Quarter quarter)
    {
        var entries = new List<RegisterEntry>();
        foreach (var row in Rows(quarter))
        {
            Assert.True(RegisterEntry.TryFromRow(row, quarter, entries.Count, out var entry, out var rejection), rejection?.ToString());
            entries.Add(entry!);
        }

        return entries;
    }

    /// <summary>Everything a result concludes, as text that does not depend on how entries were split into partitions.</summary>
    private static string Summary(IEnumerable<RegisterResult> results)
    {
        var list = results.ToList();
        var entries = list.SelectMany(r => r.Entries).OrderBy(e => e.Entry.Position).Select(e =>
            $"{e.Entry.Position} {e} | {e.InclusionReason} | {e.Movement} | {Sorted(e.Findings)} | {string.Join(" / ", e.Explanation)}");
        var register = list.SelectMany(r => r.CorporateRegister).Select(e => e.Entry.Position).OrderBy(p => p);
        var heatMaps = RiskScore.All.Select(s => $"{s}:{list.Sum(r => r.InherentHeatMap.CountOfScore(s))}/{list.Sum(r => r.ResidualHeatMap.CountOfScore(s))}");
        return string.Join("\n", entries) + "\nregister " + string.Join(",", register)
            + "\nchanges " + Sorted(list.SelectMany(r => r.Changes)) + "\nfindings " + Sorted(list.SelectMany(r => r.Findings))
            + "\nheat maps " + string.Join(" ", heatMaps);
    }

    private static string Sorted<T>(IEnumerable<T> items) =>
        string.Join("; ", items.Select(i => i!.ToString()).OrderBy(s => s, StringComparer.Ordinal));
}
