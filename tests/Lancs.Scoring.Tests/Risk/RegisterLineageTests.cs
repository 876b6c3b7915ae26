using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Matching by lineage: each entry's predecessor by subject, across the 2018 renumbering (002:264) and synthetic ones.</summary>
public sealed class RegisterLineageTests
{
    private static readonly RegisterScorer Scorer = new();

    [Fact]
    public void Match_2018AgainstThe2017Register_FollowsTheSubjectsTheTitlesName()
    {
        // register_rules §10.2: the subjects moved to new numbers at Q1 2018/19; the titles say so for these seven.
        var lineage = RegisterLineage.Match(Entries(RegisterFiles.Q1_2018), Entries(RegisterFiles.Q2_2017), ScoringPolicy.Default)
            .ToDictionary(p => p.Current.Id.Normalised, p => p.Previous.Id.Normalised);

        Assert.Equal("CR5", lineage["CR2"]);    // safeguarding children
        Assert.Equal("CR6", lineage["CR3"]);    // statutory duties for children looked after
        Assert.Equal("CR7", lineage["CR4"]);    // recruiting and retaining children's social work staff
        Assert.Equal("CR12", lineage["CR5"]);   // management information
        Assert.Equal("CR25", lineage["CR8"]);   // special educational needs
        Assert.Equal("CO2", lineage["CO1"]);    // economic growth (printed C02 in 2017, 000:1552)
        Assert.Equal("CO5", lineage["CO2"]);    // the apprenticeship levy
        Assert.False(lineage.ContainsKey("CR1")); // the Operational Plan is "a new risk" (002:306): CR1's old subject, the MTFS, is not it
        Assert.Equal(lineage.Values.Count, lineage.Values.Distinct().Count());
    }

    [Fact]
    public void Rescore_2018AgainstThe2017Register_ReportsEachRenumberingOnceAsAChangeNamingBothIds()
    {
        var result = Scorer.Rescore(RegisterFiles.Q1_2018, RegisterFiles.Rows(RegisterFiles.Q1_2018), RegisterFiles.Q2_2017, RegisterFiles.Rows(RegisterFiles.Q2_2017));

        // Two changes name CR2: this CR2, which continues 2017's CR5, and 2017's CR2 (financial viability), which is gone.
        var cr2 = Assert.Single(result.Changes, c => c.Id.Normalised == "CR2" && c.PreviousId is not null);
        Assert.Equal("CR5", cr2.PreviousId!.Normalised);
        Assert.Equal(RegisterChangeKind.Remains, cr2.Kind);
        Assert.Equal("was CR5 in Q2 2017/18; residual remains at 16, 12 or above: remains on the register.", cr2.Reason);
        var renumbered = Assert.Single(result.Findings, f => f.Kind == FindingKind.Renumbered && f.Id!.Normalised == "CR2");
        Assert.Equal("CR5", renumbered.PreviousId!.Normalised);
        Assert.DoesNotContain(result.Changes, c => c.Id.Normalised == "CR5" && c.Kind == RegisterChangeKind.Removed);
        Assert.Equal(DirectionOfTravel.Level, result.Entries.Single(e => e.Entry.Id.Normalised == "CR2").Direction);
        Assert.Equal(DirectionOfTravel.New, result.Entries.Single(e => e.Entry.Id.Normalised == "CR1").Direction);
    }

    [Fact]
    public void Rescore_RenumberedEntryByLineage_HasNoContradictionFromAnotherSubject()
    {
        // By id, 2018's CR7 (major projects, 16/12 Level) would be compared with 2017's CR7 (social work staff, 25/16).
        var byId = new RegisterScorer(ScoringPolicy.Default.WithMatching(PreviousQuarterMatching.ById))
            .Rescore(RegisterFiles.Q1_2018, RegisterFiles.Rows(RegisterFiles.Q1_2018), RegisterFiles.Q2_2017, RegisterFiles.Rows(RegisterFiles.Q2_2017));
        var byLineage = Scorer.Rescore(RegisterFiles.Q1_2018, RegisterFiles.Rows(RegisterFiles.Q1_2018), RegisterFiles.Q2_2017, RegisterFiles.Rows(RegisterFiles.Q2_2017));

        Assert.Equal(DirectionOfTravel.Downwards, byId.Entries.Single(e => e.Entry.Id.Normalised == "CR7").Direction);
        Assert.Equal(DirectionOfTravel.New, byLineage.Entries.Single(e => e.Entry.Id.Normalised == "CR7").Direction);
    }

    [Fact]
    public void Match_SameIdAndSubject_KeepsItsOwnPredecessorWithoutComparingOthers()
    {
        var previous = new[] { Entry("CR1", "Budget delivery"), Entry("CR2", "Budget delivery and savings") };
        var current = new[] { Entry("CR1", "Budget delivery"), Entry("CR2", "Budget delivery and savings") };

        var lineage = RegisterLineage.Match(current, previous, ScoringPolicy.Default);

        Assert.Equal(new[] { "CR1<-CR1", "CR2<-CR2" }, lineage.Select(p => $"{p.Current.Id}<-{p.Previous.Id}"));
        Assert.All(lineage, p => Assert.False(p.IsRenumbered));
    }

    [Fact]
    public void Match_TwoEntriesWantingOnePredecessor_TheBetterPairWinsAndTheOtherIsNew()
    {
        var previous = new[] { Entry("CR9", "Cyber security of council systems") };
        var current = new[] { Entry("CR1", "Cyber security of council systems"), Entry("CR2", "Cyber security training") };

        var lineage = RegisterLineage.Match(current, previous, ScoringPolicy.Default);

        Assert.Equal("CR1<-CR9", Assert.Single(lineage).Current.Id + "<-" + lineage[0].Previous.Id);
    }

    [Fact]
    public void Match_EqualSimilarities_GoToTheEarlierPreviousEntryThenTheEarlierCurrentEntry()
    {
        var previous = new[] { Entry("CR8", "Highways maintenance"), Entry("CR9", "Highways maintenance") };
        var current = new[] { Entry("CR1", "Highways maintenance"), Entry("CR2", "Highways maintenance") };

        var lineage = RegisterLineage.Match(current, previous, ScoringPolicy.Default);

        Assert.Equal(new[] { "CR1<-CR8", "CR2<-CR9" }, lineage.Select(p => $"{p.Current.Id}<-{p.Previous.Id}"));
    }

    [Fact]
    public void Match_NeverAcrossKinds()
    {
        var previous = new[] { Entry("CO1", "Apprenticeship levy") };
        var current = new[] { Entry("CR1", "Apprenticeship levy") };

        Assert.Empty(RegisterLineage.Match(current, previous, ScoringPolicy.Default));
    }

    [Fact]
    public void Rescore_PreviousRegisterFromTheSameOrALaterQuarter_IsRefusedNamingBothQuarters()
    {
        var rows = RegisterFiles.Rows(RegisterFiles.Q2_2017);

        var same = Assert.Throws<PreviousRegisterException>(() => Scorer.Rescore(RegisterFiles.Q2_2017, rows, RegisterFiles.Q2_2017, rows));
        var later = Assert.Throws<PreviousRegisterException>(() => Scorer.Rescore(RegisterFiles.Q1_2016, RegisterFiles.Rows(RegisterFiles.Q1_2016), RegisterFiles.Q2_2017, rows));

        Assert.Contains("for Q2 2017/18, which is not before the register being scored (Q2 2017/18)", same.Message);
        Assert.Contains("for Q2 2017/18, which is not before the register being scored (Q1 2016/17)", later.Message);
        Assert.Equal(RegisterFiles.Q1_2016, later.Quarter);
        Assert.Equal(RegisterFiles.Q2_2017, later.PreviousQuarter);
    }

    [Fact]
    public void RescoreInPartitions_RenumberedPairsInDifferentIdBuckets_GiveTheSameResultAsOneRescore()
    {
        var previous = Entries(RegisterFiles.Q2_2017);
        var current = Entries(RegisterFiles.Q1_2018);

        var whole = Scorer.RescoreEntries(RegisterFiles.Q1_2018, current, RegisterFiles.Q2_2017, previous);
        var parts = Scorer.RescoreInPartitions(RegisterFiles.Q1_2018, current, RegisterFiles.Q2_2017, previous, partitionSize: 3).ToList();

        Assert.True(parts.Count > 3);
        Assert.Equal(Changes(whole), parts.SelectMany(Changes).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(Directions(whole), parts.SelectMany(Directions).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    private static IEnumerable<string> Changes(RegisterResult result) => result.Changes.Select(c => c.ToString()).OrderBy(c => c, System.StringComparer.Ordinal);

    private static IEnumerable<string> Directions(RegisterResult result) =>
        result.Entries.Select(e => $"{e.Entry.Id} {e.Direction}").OrderBy(c => c, System.StringComparer.Ordinal);

    private static IReadOnlyList<RegisterEntry> Entries(Quarter quarter)
    {
        var entries = new List<RegisterEntry>();
        foreach (var row in RegisterFiles.Rows(quarter))
        {
            Assert.True(RegisterEntry.TryFromRow(row, quarter, entries.Count, out var entry, out var rejection), rejection?.ToString());
            entries.Add(entry!);
        }

        return entries;
    }

    private static RegisterEntry Entry(string id, string description) => new(EntryId.Parse(id), RegisterFiles.Q2_2017, description,
        Assessment.FromScore(RiskScore.FromValue(16)), Assessment.FromScore(RiskScore.FromValue(12)), StatedDirection.Parse(null));
}
