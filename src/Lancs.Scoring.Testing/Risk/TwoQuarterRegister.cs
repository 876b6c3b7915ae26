using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Testing;

/// <summary>A generated two-quarter run: this quarter's entries, the previous quarter's (or none), the covering report's
/// statements (or none), and a policy's threshold, matching and appetite zones (<see cref="RegisterArbitraries.Appetites"/>).
/// Ids come from a small range, so entries repeat within a quarter, carry over, move between subjects and disappear;
/// some residuals are missing.</summary>
public sealed class TwoQuarterRegister
{
    /// <summary>Creates a run.</summary>
    /// <param name="current">This quarter's entries.</param>
    /// <param name="previous">The previous quarter's entries, or <see langword="null"/> for none.</param>
    /// <param name="covering">The covering report's statements (id number, whether it says "added", the residual it states), or <see langword="null"/>.</param>
    /// <param name="threshold">The inclusion threshold of <see cref="Policy()"/>.</param>
    /// <param name="matching">The previous-quarter matching of <see cref="Policy()"/>.</param>
    /// <param name="zones">The index of <see cref="Policy()"/>'s appetite in <see cref="RegisterArbitraries.Appetites"/> (0: none).</param>
    public TwoQuarterRegister(IReadOnlyList<GeneratedEntry> current, IReadOnlyList<GeneratedEntry>? previous,
        IReadOnlyList<(int Number, bool Added, int? StatedResidual)>? covering, int threshold, PreviousQuarterMatching matching, int zones = 0)
    {
        Current = current;
        Previous = previous;
        Covering = covering;
        Threshold = threshold;
        Matching = matching;
        Zones = zones;
    }

    /// <summary>Gets the quarter of the current entries, 2017/18 Q2.</summary>
    public static Quarter Quarter { get; } = Quarter.Parse("2017/18 Q2");

    /// <summary>Gets the quarter of the previous entries, 2017/18 Q1.</summary>
    public static Quarter PreviousQuarter { get; } = Quarter.Parse("2017/18 Q1");

    /// <summary>Gets the descriptions entries are given, by <see cref="GeneratedEntry.Subject"/>.</summary>
    public static IReadOnlyList<string> Subjects { get; } = new[]
    {
        "Financial resilience of the council", "Delivery of the budget savings", "Cyber security and data protection",
        "Emergency planning and business continuity", "Recruitment and retention of social workers", "Highways maintenance backlog",
        "Safeguarding of vulnerable adults", "Income from traded services",
    };

    /// <summary>Gets this quarter's entries.</summary>
    public IReadOnlyList<GeneratedEntry> Current { get; }

    /// <summary>Gets the previous quarter's entries, or <see langword="null"/> when no previous register is given.</summary>
    public IReadOnlyList<GeneratedEntry>? Previous { get; }

    /// <summary>Gets the covering report's statements, or <see langword="null"/>.</summary>
    public IReadOnlyList<(int Number, bool Added, int? StatedResidual)>? Covering { get; }

    /// <summary>Gets the generated policy's inclusion threshold.</summary>
    public int Threshold { get; }

    /// <summary>Gets the generated policy's previous-quarter matching.</summary>
    public PreviousQuarterMatching Matching { get; }

    /// <summary>Gets the index of the generated policy's appetite in <see cref="RegisterArbitraries.Appetites"/>.</summary>
    public int Zones { get; }

    /// <summary>This quarter's entries as register entries.</summary>
    /// <returns>The entries, in order.</returns>
    public IReadOnlyList<RegisterEntry> CurrentEntries() => Entries(Current, Quarter);

    /// <summary>The previous quarter's entries as register entries, or <see langword="null"/>.</summary>
    /// <returns>The entries, in order.</returns>
    public IReadOnlyList<RegisterEntry>? PreviousEntries() => Previous is null ? null : Entries(Previous, PreviousQuarter);

    /// <summary>The covering report's statements, or <see langword="null"/>.</summary>
    /// <returns>The statements.</returns>
    public IReadOnlyList<CoveringStatement>? Statements() => Covering?.Select(c => new CoveringStatement(
        EntryId.Parse("CR" + c.Number), c.Added ? RegisterChangeKind.Added : RegisterChangeKind.Remains, c.StatedResidual, "generated")).ToList();

    /// <summary>The generated policy: the published one with this run's threshold, matching and appetite.</summary>
    /// <returns>The policy.</returns>
    public ScoringPolicy Policy()
    {
        var policy = ScoringPolicy.Default.WithInclusionThreshold(Threshold).WithMatching(Matching);
        return Zones == 0 ? policy : policy.WithAppetite(RegisterArbitraries.Appetites[Zones]);
    }

    /// <summary>The run with other parts (for shrinking).</summary>
    /// <param name="current">This quarter's entries.</param>
    /// <param name="previous">The previous quarter's, or <see langword="null"/>.</param>
    /// <param name="covering">The statements, or <see langword="null"/>.</param>
    /// <param name="zones">The appetite index.</param>
    /// <returns>A new run with the same threshold and matching.</returns>
    public TwoQuarterRegister With(IReadOnlyList<GeneratedEntry> current, IReadOnlyList<GeneratedEntry>? previous,
        IReadOnlyList<(int Number, bool Added, int? StatedResidual)>? covering, int zones) =>
        new(current, previous, covering, Threshold, Matching, zones);

    /// <summary>The run as a counter-example prints it.</summary>
    /// <returns>The policy's settings and both quarters' entries.</returns>
    public override string ToString() =>
        $"threshold {Threshold}, {Matching}, zones {Zones}; current [{string.Join(", ", Current)}]; previous [{(Previous is null ? "none" : string.Join(", ", Previous))}]; covering [{(Covering is null ? "none" : string.Join(", ", Covering))}]";

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
}
