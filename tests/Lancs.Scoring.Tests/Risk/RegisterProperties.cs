using System.Collections.Concurrent;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Testing;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>The laws an analyst relies on when changing the threshold or a score.</summary>
[Properties(MaxTest = 1000, Arbitrary = new[] { typeof(RegisterArbitraries) })]
public sealed class RegisterProperties
{
    private static readonly ConcurrentDictionary<int, RegisterScorer> Scorers = new();
    private static readonly Quarter Previous = Quarter.Parse("2017/18 Q1");
    private static readonly Quarter Current = Quarter.Parse("2017/18 Q2");

    [Property]
    public bool Inclusion_HoldsExactlyWhenResidualIsAtOrAboveTheThreshold(GeneratedRegister register, byte thresholdSeed)
    {
        var threshold = (thresholdSeed % 25) + 1;

        var result = ScorerFor(threshold).RescoreEntries(Current, register.Entries(Current));

        return result.Entries.Count == register.Rows.Count
            && result.Entries.All(e => e.IsOnCorporateRegister == (e.Residual!.Value.Value >= threshold));
    }

    [Property]
    public Property RaisingAResidual_NeverRemovesAnEntryFromTheRegister(GeneratedRegister register, byte index, byte raise)
    {
        if (register.Rows.Count == 0)
        {
            return true.ToProperty();
        }

        var i = index % register.Rows.Count;
        var higher = RiskScore.All.Where(s => s.Value >= register.Rows[i].Residual).ToList();
        var raised = register.WithResidual(i, higher[raise % higher.Count].Value);

        var before = OnRegister(register, 12);
        var after = OnRegister(raised, 12);

        return before.IsSubsetOf(after).Label($"before {string.Join(",", before)}; after {string.Join(",", after)}");
    }

    [Property]
    public bool RaisingTheThreshold_NeverAddsAnEntryToTheRegister(GeneratedRegister register, byte low, byte high)
    {
        var lower = (System.Math.Min(low, high) % 25) + 1;
        var higher = System.Math.Max(lower, (System.Math.Max(low, high) % 25) + 1);

        return OnRegister(register, higher).IsSubsetOf(OnRegister(register, lower));
    }

    [Property]
    public bool Direction_IsAntisymmetricBetweenTwoQuarters_AndLevelOnlyForEqualScores(GeneratedRegister first, GeneratedRegister second)
    {
        var n = System.Math.Min(first.Rows.Count, second.Rows.Count);
        var a = new GeneratedRegister(first.Rows.Take(n).ToList());
        var b = new GeneratedRegister(second.Rows.Take(n).Select((r, i) => (a.Rows[i].IsRisk, r.Inherent, r.Residual)).ToList());

        var forward = ScorerFor(12).RescoreEntries(Current, b.Entries(Current), Previous, a.Entries(Previous)).Entries;
        var backward = ScorerFor(12).RescoreEntries(Current, a.Entries(Current), Previous, b.Entries(Previous)).Entries;

        return Enumerable.Range(0, n).All(i =>
            forward[i].Direction == Mirror(backward[i].Direction!)
            && (forward[i].Direction == DirectionOfTravel.Level) == (a.Rows[i].Residual == b.Rows[i].Residual));
    }

    [Property]
    public bool HeatMaps_CountsAddUpToTheRegisterSize(GeneratedRegister register)
    {
        var result = ScorerFor(12).RescoreEntries(Current, register.Entries(Current));

        return result.InherentHeatMap.Total == register.Rows.Count
            && result.ResidualHeatMap.Total == register.Rows.Count
            && RiskScore.All.Sum(s => result.ResidualHeatMap.CountOfScore(s)) == register.Rows.Count;
    }

    private static DirectionOfTravel Mirror(DirectionOfTravel direction) =>
        direction == DirectionOfTravel.Upwards ? DirectionOfTravel.Downwards
        : direction == DirectionOfTravel.Downwards ? DirectionOfTravel.Upwards
        : direction;

    private static System.Collections.Generic.HashSet<string> OnRegister(GeneratedRegister register, int threshold) =>
        ScorerFor(threshold).RescoreEntries(Current, register.Entries(Current)).CorporateRegister.Select(e => e.Entry.Id.Normalised).ToHashSet();

    private static RegisterScorer ScorerFor(int threshold) =>
        Scorers.GetOrAdd(threshold, t => new RegisterScorer(ScoringPolicy.Default.WithInclusionThreshold(t)));
}
