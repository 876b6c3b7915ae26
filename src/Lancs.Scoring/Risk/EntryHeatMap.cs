using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Lancs.Scoring.Risk;

/// <summary>
/// The heat map of one kind of entry (risks or opportunities) for one of their scores (inherent, residual or target):
/// for each cell of the 5×5 matrix and for each score, how many entries and which, in register order.
/// </summary>
/// <remarks>
/// <para>The impact rows carry the kind's labels: an opportunity's top row reads Outstanding, never Catastrophic
/// (000:1559). A bare printed score (no impact and likelihood, as in every register the papers print) is counted by
/// score and as <see cref="Unplaced"/>, never in a guessed cell: 12, 15 and 20 have two cells each.</para>
/// <para>Invariant: the counts of the 25 cells plus the unplaced count equal <see cref="Total"/>, which equals the sum
/// of <see cref="CountOfScore"/> over <see cref="RiskScore.All"/>. Entries without the score (no residual, no target)
/// are not counted. Immutable.</para>
/// </remarks>
public sealed class EntryHeatMap
{
    private const int LabelWidth = 14;
    private const int ColumnWidth = 9;

    /// <summary>The cell number <see cref="Place"/> gives an entry with a bare score: after the 25 cells of the matrix.</summary>
    private const int UnplacedCell = 25;

    private readonly HeatMapCell[] _cells;
    private readonly IReadOnlyList<EntryId>[] _byScoreValue;

    private EntryHeatMap(RegisterKind kind, AssessmentKind assessmentKind, HeatMapCell[] cells, IReadOnlyList<EntryId>[] byScoreValue,
        IReadOnlyList<EntryId> unplaced, int total)
    {
        Kind = kind;
        AssessmentKind = assessmentKind;
        _cells = cells;
        _byScoreValue = byScoreValue;
        Unplaced = unplaced;
        Total = total;
    }

    /// <summary>Gets the kind of entry counted: risks or opportunities.</summary>
    public RegisterKind Kind { get; }

    /// <summary>Gets which score is counted: inherent, residual or target.</summary>
    public AssessmentKind AssessmentKind { get; }

    /// <summary>Gets the number of entries counted: those of <see cref="Kind"/> that have the score.</summary>
    public int Total { get; }

    /// <summary>Gets the ids of the entries whose score was printed bare (no known cell), in register order.</summary>
    public IReadOnlyList<EntryId> Unplaced { get; }

    /// <summary>Gets the 25 cells, by ascending impact, then ascending likelihood.</summary>
    public IReadOnlyList<HeatMapCell> Cells => _cells;

    /// <summary>Gets a cell: its count and its entries' ids (bare scores are not in any cell).</summary>
    /// <param name="impact">The impact (row).</param>
    /// <param name="likelihood">The likelihood (column).</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HeatMapCell this[Impact impact, Likelihood likelihood]
        => _cells[((Guard.NotNull(impact).Value - 1) * 5) + Guard.NotNull(likelihood).Value - 1];

    /// <summary>Counts the entries of one kind by one of their scores.</summary>
    /// <param name="kind">The kind of entry to count; entries of the other kind are left out.</param>
    /// <param name="assessmentKind">Which score to count; entries without it are left out.</param>
    /// <param name="entries">The entries, in register order.</param>
    /// <returns>The heat map.</returns>
    /// <exception cref="ArgumentNullException">An argument or an entry is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="assessmentKind"/> is not a defined value.</exception>
    public static EntryHeatMap Count(RegisterKind kind, AssessmentKind assessmentKind, IEnumerable<RegisterEntry> entries)
    {
        Guard.NotNull(kind);
        Guard.NotNull(entries);
        if (assessmentKind is not (AssessmentKind.Inherent or AssessmentKind.Residual or AssessmentKind.Target))
        {
            throw new ArgumentOutOfRangeException(nameof(assessmentKind), assessmentKind, "Count the inherent, residual or target score.");
        }

        return Count(entries as IReadOnlyList<RegisterEntry> ?? new List<RegisterEntry>(entries), new[] { (kind, assessmentKind) })[0];
    }

    /// <summary>Counts one heat map per (kind, assessment kind) of <paramref name="maps"/>, in their order.</summary>
    /// <remarks>Two passes over the entries for all the maps together: one counts each map's cells, scores and unplaced
    /// entries, the other fills arrays of exactly those sizes. A register of a million entries is read twice, not twice per
    /// map, and leaves no lists grown by doubling behind it.</remarks>
    internal static EntryHeatMap[] Count(IReadOnlyList<RegisterEntry> entries, IReadOnlyList<(RegisterKind Kind, AssessmentKind AssessmentKind)> maps)
    {
        var cellCounts = new int[maps.Count][];
        var scoreCounts = new int[maps.Count][];
        var totals = new int[maps.Count];
        for (var m = 0; m < maps.Count; m++)
        {
            cellCounts[m] = new int[UnplacedCell + 1]; // the 25 cells, then the unplaced
            scoreCounts[m] = new int[26];
        }

        foreach (var entry in entries)
        {
            Guard.NotNull(entry, nameof(entries)); // once, here: the second pass reads the same entries
            for (var m = 0; m < maps.Count; m++)
            {
                if (Place(entry, maps[m].Kind, maps[m].AssessmentKind, out var score, out var cell))
                {
                    totals[m]++;
                    scoreCounts[m][score]++;
                    cellCounts[m][cell]++;
                }
            }
        }

        var cellIds = Array.ConvertAll(cellCounts, counts => Array.ConvertAll(counts, n => n == 0 ? Array.Empty<EntryId>() : new EntryId[n]));
        var scoreIds = Array.ConvertAll(scoreCounts, counts => Array.ConvertAll(counts, n => n == 0 ? Array.Empty<EntryId>() : new EntryId[n]));
        foreach (var counts in cellCounts)
        {
            Array.Clear(counts, 0, counts.Length);
        }

        foreach (var counts in scoreCounts)
        {
            Array.Clear(counts, 0, counts.Length);
        }

        foreach (var entry in entries)
        {
            for (var m = 0; m < maps.Count; m++)
            {
                if (Place(entry, maps[m].Kind, maps[m].AssessmentKind, out var score, out var cell))
                {
                    scoreIds[m][score][scoreCounts[m][score]++] = entry.Id;
                    cellIds[m][cell][cellCounts[m][cell]++] = entry.Id;
                }
            }
        }

        var result = new EntryHeatMap[maps.Count];
        for (var m = 0; m < maps.Count; m++)
        {
            var ids = cellIds[m];
            var kind = maps[m].Kind;
            var cells = RiskMatrix.AllCells().Select((cell, k) => new HeatMapCell(kind, cell, ids[k])).ToArray();
            result[m] = new EntryHeatMap(kind, maps[m].AssessmentKind, cells, Array.ConvertAll(scoreIds[m], s => (IReadOnlyList<EntryId>)s), ids[UnplacedCell], totals[m]);
        }

        return result;
    }

    /// <summary>Returns the ids of the entries with <paramref name="score"/>, placed in a cell or not, in register order.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The ids; empty when none.</returns>
    public IReadOnlyList<EntryId> IdsOfScore(RiskScore score) => _byScoreValue[score.Value];

    /// <summary>Returns how many entries have <paramref name="score"/>, whether or not their cell is known.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The count.</returns>
    public int CountOfScore(RiskScore score) => _byScoreValue[score.Value].Count;

    /// <summary>Renders the map as text: a title, the grid of counts (impact rows 5 to 1 with the kind's labels, likelihood
    /// columns Rare to Certain), the ids of each occupied cell, and a by-score line with ids.</summary>
    /// <returns>Lines separated by "\n", e.g. ending "By score: 12: 2 (C01, C02), 16: 1 (CO4); unplaced (score only): 3; total: 3".</returns>
    public string Render()
    {
        var text = new StringBuilder();
        text.Append("Heat map of ").Append(Plural(Kind)).Append(", ").Append(AssessmentKind.ToString().ToLowerInvariant()).Append(" scores (entries per cell)\n");
        foreach (Impact impact in Impact.Ascending.Reverse())
        {
            text.Append(impact.LabelFor(Kind).ToUpperInvariant().PadRight(LabelWidth));
            foreach (Likelihood likelihood in Likelihood.Ascending)
            {
                text.Append(this[impact, likelihood].Count.ToString(CultureInfo.InvariantCulture).PadLeft(ColumnWidth));
            }

            text.Append('\n');
        }

        text.Append(string.Empty.PadRight(LabelWidth));
        foreach (Likelihood likelihood in Likelihood.Ascending)
        {
            text.Append(likelihood.Name.ToUpperInvariant().PadLeft(ColumnWidth));
        }

        // Top row first, as the grid reads.
        var occupied = _cells.Where(c => c.Count > 0).OrderByDescending(c => c.Cell.Impact.Value).ThenBy(c => c.Cell.Likelihood.Value).Select(c => c.ToString()).ToList();
        text.Append("\nCells: ").Append(occupied.Count == 0 ? "none" : string.Join("; ", occupied));
        IEnumerable<string> scores = RiskScore.All
            .Where(s => CountOfScore(s) > 0)
            .Select(s => string.Format(CultureInfo.InvariantCulture, "{0}: {1} ({2})", s, CountOfScore(s), string.Join(", ", IdsOfScore(s))));
        text.Append("\nBy score: ").Append(Total == 0 ? "none" : string.Join(", ", scores));
        text.Append(string.Format(CultureInfo.InvariantCulture, "; unplaced (score only): {0}; total: {1}", Unplaced.Count, Total));
        return text.ToString();
    }

    /// <summary>Returns "Heat map of opportunities, residual scores: 5 entries".</summary>
    /// <returns>The map in one line.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "Heat map of {0}, {1} scores: {2} entries", Plural(Kind), AssessmentKind.ToString().ToLowerInvariant(), Total);

    private static string Plural(RegisterKind kind) => kind == RegisterKind.Opportunity ? "opportunities" : "risks";

    /// <summary>Reads where an entry falls: <paramref name="score"/> its score's value, <paramref name="cell"/> its matrix
    /// cell (0 to 24) or <see cref="UnplacedCell"/> for a bare score; false when the entry is not of the kind or has no such
    /// assessment.</summary>
    private static bool Place(RegisterEntry entry, RegisterKind kind, AssessmentKind assessmentKind, out int score, out int cell)
    {
        score = 0;
        cell = 0;
        if (entry.Kind != kind || entry.AssessmentOf(assessmentKind) is not { } assessment)
        {
            return false;
        }

        score = assessment.Score.Value;
        cell = assessment.Impact is null || assessment.Likelihood is null
            ? UnplacedCell
            : ((assessment.Impact.Value - 1) * 5) + assessment.Likelihood.Value - 1;
        return true;
    }
}
