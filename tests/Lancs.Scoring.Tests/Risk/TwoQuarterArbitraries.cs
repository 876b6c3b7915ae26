using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>One generated entry: its kind, id number, subject (a small pool, so ids and subjects collide and move), scores,
/// the owner's stated direction, an optional target, and which of its scores are given as a cell (bits 1 inherent, 2 residual,
/// 4 target) rather than as a bare score.</summary>
public sealed record GeneratedEntry(bool IsRisk, int Number, int Subject, int Inherent, int? Residual, string? Stated, int? Target = null, int Placed = 0);

/// <summary>A generated two-quarter run: this quarter's entries, the previous quarter's (or none), covering-report
/// statements (or none), and the policy's threshold, matching and appetite zones (<see cref="TwoQuarterArbitraries.Appetites"/>).</summary>
public sealed record TwoQuarters(
    IReadOnlyList<GeneratedEntry> Current,
    IReadOnlyList<GeneratedEntry>? Previous,
    IReadOnlyList<(int Number, bool Added, int? StatedResidual)>? Covering,
    int Threshold,
    PreviousQuarterMatching Matching,
    int Zones = 0)
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

    public ScoringPolicy Policy() => Zones == 0
        ? ScoringPolicy.Default.WithInclusionThreshold(Threshold).WithMatching(Matching)
        : ScoringPolicy.Default.WithInclusionThreshold(Threshold).WithMatching(Matching).WithAppetite(TwoQuarterArbitraries.Appetites[Zones]);

    private static IReadOnlyList<RegisterEntry> Entries(IReadOnlyList<GeneratedEntry> entries, Quarter quarter) => entries.Select((e, i) => new RegisterEntry(
        EntryId.Parse((e.IsRisk ? "CR" : "CO") + e.Number), quarter, Subjects[e.Subject],
        Assess(e.Inherent, e.Placed & 1, e.Number),
        e.Residual is { } r ? Assess(r, e.Placed & 2, e.Number + 1) : null,
        StatedDirection.Parse(e.Stated), position: i, target: e.Target is { } t ? Assess(t, e.Placed & 4, e.Number + 2) : null)).ToList();

    /// <summary>A bare score, or (when <paramref name="placed"/>) one of the cells that carry it, chosen by <paramref name="choice"/>.</summary>
    private static Assessment Assess(int score, int placed, int choice)
    {
        if (placed == 0)
        {
            return Assessment.FromScore(RiskScore.FromValue(score));
        }

        var cells = RiskMatrix.CellsFor(RiskScore.FromValue(score));
        var cell = cells[choice % cells.Count];
        return Assessment.Of(cell.Impact, cell.Likelihood);
    }

    public override string ToString() =>
        $"threshold {Threshold}, {Matching}, zones {Zones}; current [{Describe(Current)}]; previous [{(Previous is null ? "none" : Describe(Previous))}]; covering [{(Covering is null ? "none" : string.Join(", ", Covering))}]";

    private static string Describe(IEnumerable<GeneratedEntry> entries) =>
        string.Join(", ", entries.Select(e => $"{(e.IsRisk ? "CR" : "CO")}{e.Number} s{e.Subject} {e.Inherent}/{e.Residual?.ToString() ?? "-"}/{e.Target?.ToString() ?? "-"} p{e.Placed} {e.Stated ?? "-"}"));
}

public static class TwoQuarterArbitraries
{
    /// <summary>The appetites a run's policy may have: none (as published); score ranges covering the matrix, with an appetite
    /// for both kinds; cells only, covering part of the matrix, with an appetite for risks only (bare scores are then never
    /// placed); and ranges and cells mixed, with gaps.</summary>
    public static readonly RiskAppetite[] Appetites =
    {
        RiskAppetite.None,
        RiskAppetite.Create(
            new[] { Range("low", 1, 6), Range("medium", 8, 12), Range("high", 15, 25) },
            risk: new[] { "low", "medium" }, opportunity: new[] { "medium", "high" }),
        RiskAppetite.Create(
            new[] { Cells("low", "1x1", "1x2", "2x1", "2x2"), Cells("high", "4x4", "4x5", "5x4", "5x5") },
            risk: new[] { "low" }),
        RiskAppetite.Create(
            new[] { AppetiteZone.Create("low", "#2e7d32", Cells("low", "2x3", "3x2").Cells, 1, 4), Range("mid", 8, 12), Cells("high", "5x3", "4x5", "5x4", "5x5") },
            risk: new[] { "low", "mid" }, opportunity: new[] { "high" }),
    };

    private static readonly int[] Scores = RiskScore.All.Select(s => s.Value).ToArray();

    private static readonly string?[] Stated =
    {
        null, "Upwards", "Downwards", "Level", "\u2191", "Level \u2013 however the direction of travel is increased", "Residual risk remains unchanged",
    };

    /// <summary>Up to 50 entries a quarter, ids from a range of 30 so that some repeat and most carry over; about two in five
    /// with a target, half with some scores given as cells; three runs in five with appetite zones.</summary>
    public static Arbitrary<TwoQuarters> TwoQuarters()
    {
        var entry =
            from isRisk in Gen.Elements(true, true, true, false)
            from number in Gen.Choose(1, 30)
            from subject in Gen.Choose(0, 7)
            from inherent in Gen.Elements(Scores)
            from residual in Gen.Frequency((9, Gen.Elements(Scores).Select(s => (int?)s)), (1, Gen.Constant((int?)null)))
            from stated in Gen.Elements(Stated)
            from target in Gen.Frequency((2, Gen.Elements(Scores).Select(s => (int?)s)), (3, Gen.Constant((int?)null)))
            from placed in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 7)))
            select new GeneratedEntry(isRisk, number, subject, inherent, residual, stated, target, placed);
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
                from matching in Gen.Elements(PreviousQuarterMatching.ByLineage, PreviousQuarterMatching.ById, PreviousQuarterMatching.ByIdAndDescription)
                from zones in Gen.Elements(0, 0, 1, 2, 3)
                select new TwoQuarters(current, previous, statements, threshold, matching, zones))
            .ToArbitrary();
    }

    private static AppetiteZone Range(string name, int from, int to) => AppetiteZone.Create(name, "#607d8b", lowestScore: from, highestScore: to);

    private static AppetiteZone Cells(string name, params string[] cells) => AppetiteZone.Create(name, "#607d8b", cells.Select(c =>
        RiskMatrix.CellOf(Impact.FromValue(c[0] - '0'), Likelihood.FromValue(c[2] - '0'))));
}
