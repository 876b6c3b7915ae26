using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Testing;
using Xunit;
using static Lancs.Scoring.Tests.Risk.RegisterFiles;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>A register scored under two policies, and what differs, as data.</summary>
[Properties(MaxTest = 500, Arbitrary = new[] { typeof(RegisterArbitraries) })]
public sealed class PolicyComparisonTests
{
    private static readonly Quarter Current = Quarter.Parse("2017/18 Q2");
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, RegisterScorer> Scorers = new();

    /// <summary>Raising the threshold from t to u: nothing enters, and exactly the entries judged at t or above but below
    /// u leave; lowering it is the mirror image. Directions of travel never depend on the threshold.</summary>
    [Property]
    public bool ThresholdChange_MovesExactlyTheEntriesBetweenTheThresholds(GeneratedRegister register, byte a, byte b)
    {
        int t = (a % 25) + 1, u = (b % 25) + 1;
        var entries = register.Entries(Current);
        var before = Scorer(t).RescoreEntries(Current, entries);
        var after = Scorer(u).RescoreEntries(Current, entries);

        var comparison = PolicyComparison.Compare(before, after);

        var expectedLeaving = after.Entries.Where(e => e.Residual!.Value.Value >= t && e.Residual.Value.Value < u).Select(e => e.Entry.Position);
        var expectedEntering = after.Entries.Where(e => e.Residual!.Value.Value >= u && e.Residual.Value.Value < t).Select(e => e.Entry.Position);
        return comparison.Leaving.Select(e => e.Entry.Position).SequenceEqual(expectedLeaving)
            && comparison.Entering.Select(e => e.Entry.Position).SequenceEqual(expectedEntering)
            && comparison.Directions.Count == 0
            && comparison.OnlyBefore.Count == 0 && comparison.OnlyAfter.Count == 0;
    }

    private static RegisterScorer Scorer(int threshold) =>
        Scorers.GetOrAdd(threshold, t => new RegisterScorer(ScoringPolicy.Default.WithInclusionThreshold(t)));

    [Fact]
    public void RealRegister_Threshold15_LeavesTheTwelves()
    {
        var comparison = PolicyComparison.Of(ScoringPolicy.Default, ScoringPolicy.Default.WithInclusionThreshold(15),
            Q2_2017, Rows(Q2_2017), Q1_2016, Rows(Q1_2016));

        Assert.Empty(comparison.Entering);
        Assert.NotEmpty(comparison.Leaving);
        Assert.All(comparison.Leaving, e => Assert.InRange(e.Entry.JudgedScore.Value, 12, 14));
        Assert.Equal(comparison.Before.CorporateRegister.Count - comparison.Leaving.Count, comparison.After.CorporateRegister.Count);
        Assert.True(comparison.HasDifferences);
        // An entry at 12 in both quarters remained on the register at 12; at 15 it was never on it, so it has no change.
        Assert.Contains(comparison.Changes, c => c.Before.SequenceEqual(new[] { RegisterChangeKind.Remains }) && c.After.Count == 0);
    }

    [Fact]
    public void SamePolicy_HasNoDifferences()
    {
        var comparison = PolicyComparison.Of(ScoringPolicy.Default, ScoringPolicy.Default, Q2_2017, Rows(Q2_2017), Q1_2016, Rows(Q1_2016));

        Assert.False(comparison.HasDifferences);
    }

    [Fact]
    public void OtherIdentifiers_ListTheEntriesOnlyOnePolicyScores()
    {
        var rows = new[] { new RegisterRow(2, "CR1", "risk", "Budget", null, null, "16", "12", null, null), new RegisterRow(3, "RSK-2", "risk", "Data", null, null, "16", "12", null, null) };
        var rsk = ScoringPolicy.Default.WithIdentifiers(IdentifierScheme.Create("RSK-[0-9]+", KindSource.Column));

        var comparison = PolicyComparison.Of(ScoringPolicy.Default, rsk, Current, rows);

        Assert.Equal(("CR1", "RSK-2"), (Assert.Single(comparison.OnlyBefore).Entry.Id.Raw, Assert.Single(comparison.OnlyAfter).Entry.Id.Raw));
        Assert.Empty(comparison.Leaving);
    }
}
