using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Testing;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Two quarters of one register whose subjects are all different: the current quarter keeps or drops each previous
/// subject and may add new ones; <see cref="Permutation"/> renumbers the current quarter.</summary>
public sealed record SubjectRegister(IReadOnlyList<(int Subject, int Inherent, int Residual)> Previous, IReadOnlyList<(int Subject, int Inherent, int Residual)> Current, IReadOnlyList<int> Permutation)
{
    /// <summary>Subjects that share no subject word with each other, so no two are alike at any similarity above 0.</summary>
    public static readonly string[] Subjects =
    {
        "Budget delivery", "Cyber security", "Emergency planning", "Highways maintenance", "Social worker recruitment",
        "Museum closures", "Apprenticeship levy", "Hospital discharge", "Court of Protection applications", "Troubled Families programme",
        "Waste disposal contract", "Library opening hours", "Flood defences", "School admissions", "Care home fees",
    };

    public IReadOnlyList<RegisterEntry> PreviousEntries() => Previous.Select((e, i) => Entry("CR" + (i + 1), e, TwoQuarterRegister.PreviousQuarter, i)).ToList();

    /// <summary>This quarter's entries numbered in order (CR1, CR2...), or renumbered by <see cref="Permutation"/>.</summary>
    public IReadOnlyList<RegisterEntry> CurrentEntries(bool renumbered) =>
        Current.Select((e, i) => Entry("CR" + (renumbered ? Permutation[i] + 1 : i + 1), e, TwoQuarterRegister.Quarter, i)).ToList();

    private static RegisterEntry Entry(string id, (int Subject, int Inherent, int Residual) e, Quarter quarter, int position) =>
        new(EntryId.Parse(id), quarter, Subjects[e.Subject], Assessment.FromScore(RiskScore.FromValue(e.Inherent)),
            Assessment.FromScore(RiskScore.FromValue(e.Residual)), StatedDirection.Parse(null), position: position);

    public override string ToString() =>
        $"previous [{string.Join(", ", Previous)}]; current [{string.Join(", ", Current)}]; renumbering [{string.Join(" ", Permutation)}]";
}

public static class SubjectRegisterArbitraries
{
    private static readonly int[] Scores = RiskScore.All.Select(s => s.Value).ToArray();

    public static Arbitrary<SubjectRegister> Registers()
    {
        var scored = from inherent in Gen.Elements(Scores) from residual in Gen.Elements(Scores) select (inherent, residual);
        return (from subjects in Gen.Shuffle(Enumerable.Range(0, SubjectRegister.Subjects.Length).ToArray())
                from split in Gen.Choose(0, SubjectRegister.Subjects.Length)
                from end in Gen.Choose(split, SubjectRegister.Subjects.Length)
                from start in Gen.Choose(0, split)
                from previousScores in Gen.ArrayOf(scored, SubjectRegister.Subjects.Length)
                from currentScores in Gen.ArrayOf(scored, SubjectRegister.Subjects.Length)
                let previous = subjects.Take(split).Select(s => (s, previousScores[s].inherent, previousScores[s].residual)).ToList()
                let current = subjects.Skip(start).Take(end - start).Select(s => (s, currentScores[s].inherent, currentScores[s].residual)).ToList()
                from permutation in Gen.Shuffle(Enumerable.Range(0, current.Count).ToArray())
                select new SubjectRegister(previous, current, permutation))
            .ToArbitrary();
    }
}

/// <summary>The laws of matching by lineage.</summary>
[Properties(MaxTest = 1000, Arbitrary = new[] { typeof(SubjectRegisterArbitraries), typeof(RegisterArbitraries) })]
public sealed class LineageProperties
{
    private static readonly RegisterScorer ByLineage = new();
    private static readonly RegisterScorer ById = new(ScoringPolicy.Default.WithMatching(PreviousQuarterMatching.ById));

    [Property]
    public Property Renumbering_TheCurrentQuarter_ChangesNoDirectionAndNoInclusion(SubjectRegister register)
    {
        string Describe(RegisterResult result) => string.Join("; ", result.Entries
            .Select(e => $"{e.Entry.Description}: {e.IsOnCorporateRegister} {e.Direction} {e.Movement?.From?.Value}")
            .OrderBy(s => s, System.StringComparer.Ordinal));
        var previous = register.PreviousEntries();

        var asNumbered = Describe(ByLineage.RescoreEntries(TwoQuarterRegister.Quarter, register.CurrentEntries(renumbered: false), TwoQuarterRegister.PreviousQuarter, previous));
        var renumbered = Describe(ByLineage.RescoreEntries(TwoQuarterRegister.Quarter, register.CurrentEntries(renumbered: true), TwoQuarterRegister.PreviousQuarter, previous));

        return (asNumbered == renumbered).Label($"as numbered: {asNumbered}\nrenumbered: {renumbered}");
    }

    [Property]
    public Property WithoutRenumbering_ByLineageEqualsById(TwoQuarterRegister run)
    {
        // A register whose ids keep their subjects: every previous entry with the id of a current one has its description.
        var current = run.CurrentEntries();
        var subjectOfId = current.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First().Description);
        // ... and no subject moved to another id: a previous subject is now under its own id, or gone.
        var previous = run.PreviousEntries()?.Where(p => !subjectOfId.TryGetValue(p.Id, out var subject) || subject == p.Description)
            .Where(p => current.All(c => c.Description != p.Description || c.Id.Equals(p.Id)))
            .Where(p => current.Count(c => c.Id.Equals(p.Id)) <= 1)
            .GroupBy(p => p.Id).Where(g => g.Count() == 1).Select(g => g.Single()).ToList(); // by id, two previous CR1s both match
        var kept = current.Where(c => current.Count(o => o.Id.Equals(c.Id)) == 1).ToList();

        var byLineage = RegisterTranscript.Describe(ByLineage.RescoreEntries(TwoQuarterRegister.Quarter, kept, TwoQuarterRegister.PreviousQuarter, previous));
        var byId = RegisterTranscript.Describe(ById.RescoreEntries(TwoQuarterRegister.Quarter, kept, TwoQuarterRegister.PreviousQuarter, previous));

        return byLineage.Select(Unnamed).SequenceEqual(byId.Select(Unnamed)).Label(RegisterTranscript.FirstDifference(byLineage, byId));
    }

    /// <summary>The explanation names the matching rule, which differs by design; everything else must be equal.</summary>
    private static string Unnamed(string line) => line
        .Replace("'Match previous quarter by lineage'", "'match'")
        .Replace("'Match previous quarter'", "'match'");
}
