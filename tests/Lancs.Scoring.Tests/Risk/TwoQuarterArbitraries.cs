using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>One generated entry: its kind, id number, subject (a small pool, so ids and subjects collide and move), scores
/// and the owner's stated direction.</summary>
public sealed record GeneratedEntry(bool IsRisk, int Number, int Subject, int Inherent, int? Residual, string? Stated);

/// <summary>A generated two-quarter run: this quarter's entries, the previous quarter's (or none), covering-report
/// statements (or none), and the policy's threshold and matching.</summary>
public sealed record TwoQuarters(
    IReadOnlyList<GeneratedEntry> Current,
    IReadOnlyList<GeneratedEntry>? Previous,
    IReadOnlyList<(int Number, bool Added, int? StatedResidual)>? Covering,
    int Threshold,
    PreviousQuarterMatching Matching)
{
    public static readonly Quarter Quarter = Quarter.Parse("2017/18 Q2");

    public static readonly Quarter PreviousQuarter = Quarter.Parse("2017/18 Q1");

    private static readonly string[] Subjects =
    {
        "Financial resilience of the council", "Delivery of the budget savings", "Cyber security and data protection",
        "Emergency planning and business continuity", "Recruitment and retention of social workers", "Highways maintenance backlog",
        "Safeguarding of vulnerable adults", "Income from traded services",
    };

    public IReadOnlyList<RegisterEntry> CurrentEntries() => Entries(Current, Quarter);

    public IReadOnlyList<RegisterEntry>? PreviousEntries() => Previous is null ? null : Entries(Previous, PreviousQuarter);

    public IReadOnlyList<CoveringStatement>? Statements() => Covering?.Select(c => new CoveringStatement(
        EntryId.Parse("CR" + c.Number), c.Added ? RegisterChangeKind.Added : RegisterChangeKind.Remains, c.StatedResidual, "generated")).ToList();

    public ScoringPolicy Policy() => ScoringPolicy.Default.WithInclusionThreshold(Threshold).WithMatching(Matching);

    private static IReadOnlyList<RegisterEntry> Entries(IReadOnlyList<GeneratedEntry> entries, Quarter quarter) => entries.Select((e, i) => new RegisterEntry(
        EntryId.Parse((e.IsRisk ? "CR" : "CO") + e.Number), quarter, Subjects[e.Subject],
        Assessment.FromScore(RiskScore.FromValue(e.Inherent)),
        e.Residual is { } r ? Assessment.FromScore(RiskScore.FromValue(r)) : null,
        StatedDirection.Parse(e.Stated), position: i)).ToList();

    public override string ToString() =>
        $"threshold {Threshold}, {Matching}; current [{Describe(Current)}]; previous [{(Previous is null ? "none" : Describe(Previous))}]; covering [{(Covering is null ? "none" : string.Join(", ", Covering))}]";

    private static string Describe(IEnumerable<GeneratedEntry> entries) =>
        string.Join(", ", entries.Select(e => $"{(e.IsRisk ? "CR" : "CO")}{e.Number} s{e.Subject} {e.Inherent}/{e.Residual?.ToString() ?? "-"} {e.Stated ?? "-"}"));
}

public static class TwoQuarterArbitraries
{
    private static readonly int[] Scores = RiskScore.All.Select(s => s.Value).ToArray();

    private static readonly string?[] Stated =
    {
        null, "Upwards", "Downwards", "Level", "\u2191", "Level \u2013 however the direction of travel is increased", "Residual risk remains unchanged",
    };

    /// <summary>Up to 50 entries a quarter, ids from a range of 30 so that some repeat and most carry over.</summary>
    public static Arbitrary<TwoQuarters> TwoQuarters()
    {
        var entry =
            from isRisk in Gen.Elements(true, true, true, false)
            from number in Gen.Choose(1, 30)
            from subject in Gen.Choose(0, 7)
            from inherent in Gen.Elements(Scores)
            from residual in Gen.Frequency((9, Gen.Elements(Scores).Select(s => (int?)s)), (1, Gen.Constant((int?)null)))
            from stated in Gen.Elements(Stated)
            select new GeneratedEntry(isRisk, number, subject, inherent, residual, stated);
        var entries = Gen.ListOf(entry).Select(l => (IReadOnlyList<GeneratedEntry>)l.Take(50).ToList());
        var covering = Gen.ListOf(
            from number in Gen.Choose(1, 30)
            from added in Gen.Elements(true, false)
            from stated in Gen.Frequency((1, Gen.Elements(Scores).Select(s => (int?)s)), (1, Gen.Constant((int?)null)))
            select (number, added, stated)).Select(l => (IReadOnlyList<(int, bool, int?)>)l.Take(10).ToList());
        return (from current in entries
                from previous in Gen.Frequency((4, entries.Select(p => (IReadOnlyList<GeneratedEntry>?)p)), (1, Gen.Constant((IReadOnlyList<GeneratedEntry>?)null)))
                from statements in Gen.Frequency((1, covering.Select(c => (IReadOnlyList<(int, bool, int?)>?)c)), (2, Gen.Constant((IReadOnlyList<(int, bool, int?)>?)null)))
                from threshold in Gen.Elements(8, 10, 12, 15, 16)
                from matching in Gen.Elements(PreviousQuarterMatching.ById, PreviousQuarterMatching.ByIdAndDescription)
                select new TwoQuarters(current, previous, statements, threshold, matching))
            .ToArbitrary();
    }
}
