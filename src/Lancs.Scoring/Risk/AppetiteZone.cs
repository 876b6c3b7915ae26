using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Lancs.Scoring.Risk;

/// <summary>A named zone of the 5×5 matrix, with a colour: a set of cells, a range of scores, or both. Zones are the
/// policy's own data: the papers define no colour bands for the register (register_rules §6).</summary>
/// <remarks>
/// A known cell lies in the zone when the zone lists it or its score is in the zone's range. A bare score (no impact and
/// likelihood, as the papers print them) lies in the zone only by the range: listed cells apply only where the cell is
/// known, since 12, 15 and 20 have two cells each and the library never guesses which. Create zones with
/// <see cref="Create"/> and gather them with <see cref="RiskAppetite.Create"/>. Immutable.
/// </remarks>
public sealed class AppetiteZone
{
    /// <summary>The longest zone name: 60 characters.</summary>
    internal const int MaxNameLength = 60;

    private static readonly Regex _colour = new(@"^#[0-9A-Fa-f]{6}$", RegexOptions.CultureInvariant);

    internal AppetiteZone(string name, string colour, IReadOnlyList<MatrixCell> cells, int? lowestScore, int? highestScore)
    {
        Name = name;
        Colour = colour;
        Cells = cells;
        LowestScore = lowestScore;
        HighestScore = highestScore;
    }

    /// <summary>Gets the zone's name, such as "low"; unique within a policy (ignoring case).</summary>
    public string Name { get; }

    /// <summary>Gets the zone's colour as "#rrggbb", such as "#2e7d32", for heat maps drawn by an app.</summary>
    public string Colour { get; }

    /// <summary>Gets the cells the zone lists (empty when it is given by a score range only), by ascending impact then likelihood.</summary>
    public IReadOnlyList<MatrixCell> Cells { get; }

    /// <summary>Gets the lowest score of the zone's range (inclusive), or <see langword="null"/> when it has no range.</summary>
    public int? LowestScore { get; }

    /// <summary>Gets the highest score of the zone's range (inclusive), or <see langword="null"/> when it has no range.</summary>
    public int? HighestScore { get; }

    /// <summary>Gets whether the zone has a score range, which also places bare scores.</summary>
    public bool HasScoreRange => LowestScore is not null;

    /// <summary>Creates a zone, checking every argument and reporting all problems at once.</summary>
    /// <param name="name">The name, such as "low": not blank, at most 60 characters.</param>
    /// <param name="colour">The colour as "#rrggbb", such as "#2e7d32".</param>
    /// <param name="cells">The cells the zone lists (<see cref="RiskMatrix.CellOf"/>), or <see langword="null"/>.</param>
    /// <param name="lowestScore">The lowest score of the zone's range (1-25, inclusive), or <see langword="null"/> for no range.</param>
    /// <param name="highestScore">The highest score of the range (inclusive); given with <paramref name="lowestScore"/>.</param>
    /// <returns>The zone.</returns>
    /// <exception cref="PolicyException">A problem with the name, the colour, the cells or the range; each names its field.</exception>
    public static AppetiteZone Create(string name, string colour, IEnumerable<MatrixCell>? cells = null, int? lowestScore = null, int? highestScore = null)
    {
        var cellList = cells?.ToList();
        var problems = new List<string>();
        Check("zone", name, colour, cellList, lowestScore, highestScore, problems);
        if (problems.Count > 0)
        {
            throw new PolicyException(problems);
        }

        return Made(name, colour, cellList, lowestScore, highestScore);
    }

    /// <summary>Returns whether a known cell lies in the zone: the zone lists it, or its score is in the zone's range.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns><see langword="true"/> when the cell is in the zone.</returns>
    public bool Contains(MatrixCell cell) => Cells.Contains(cell) || HoldsScore(cell.Score);

    /// <summary>Returns whether the zone's range holds <paramref name="score"/>; the only way a bare score lies in a zone.</summary>
    /// <param name="score">The score.</param>
    /// <returns><see langword="true"/> when the zone has a range and the score is in it.</returns>
    public bool HoldsScore(RiskScore score) => LowestScore is { } low && HighestScore is { } high && score.Value >= low && score.Value <= high;

    /// <summary>Returns "low (#2e7d32): scores 1-6; cells 1x1, 2x2".</summary>
    /// <returns>The zone in one line.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (HasScoreRange)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, "scores {0}-{1}", LowestScore, HighestScore));
        }

        if (Cells.Count > 0)
        {
            parts.Add("cells " + string.Join(", ", Cells.Select(CellText)));
        }

        return string.Format(CultureInfo.InvariantCulture, "{0} ({1}): {2}", Name, Colour, string.Join("; ", parts));
    }

    /// <summary>Writes a cell as the policy file does, impact first: "4x3". The digits serve both kinds of entry.</summary>
    internal static string CellText(MatrixCell cell) =>
        string.Format(CultureInfo.InvariantCulture, "{0}x{1}", cell.Impact.Value, cell.Likelihood.Value);

    /// <summary>Adds to <paramref name="problems"/> what is wrong with a zone's fields, each starting with
    /// <paramref name="path"/> and the field ("zones[1].colour: ..."). When <paramref name="fieldsGiven"/> (the file gave
    /// cells or scores, whatever their problems), the zone is not also reported as having neither.</summary>
    internal static void Check(string path, string? name, string? colour, IReadOnlyList<MatrixCell>? cells, int? lowestScore, int? highestScore, List<string> problems,
        bool fieldsGiven = false)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(path + ".name: missing or blank; give the zone a name, such as \"low\".");
        }
        else if (name!.Length > MaxNameLength || name.Any(char.IsControl))
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}.name: '{1}' is not a name of at most {2} printable characters.", path, Shortened(name), MaxNameLength));
        }

        if (colour is null)
        {
            problems.Add(path + ".colour: missing; give the zone's colour as #rrggbb, such as #2e7d32.");
        }
        else if (!_colour.IsMatch(colour))
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}.colour: '{1}' is not a colour; give #rrggbb, such as #2e7d32.", path, Shortened(colour)));
        }

        if ((cells is null || cells.Count == 0) && lowestScore is null && highestScore is null && !fieldsGiven)
        {
            problems.Add(path + ": the zone has no cells and no scores; give its cells (such as \"4x4\"), its scores (from and to), or both.");
        }

        if (cells is not null && cells.Any(c => c.Impact is null))
        {
            problems.Add(path + ".cells: holds a cell that is not on the matrix; make cells with RiskMatrix.CellOf.");
        }

        CheckRange(path + ".scores", lowestScore, highestScore, problems);
    }

    /// <summary>Makes a zone from fields <see cref="Check"/> found no problem with.</summary>
    internal static AppetiteZone Made(string name, string colour, IReadOnlyList<MatrixCell>? cells, int? lowestScore, int? highestScore)
    {
        var ordered = (cells ?? Array.Empty<MatrixCell>()).Distinct().OrderBy(c => c.Impact.Value).ThenBy(c => c.Likelihood.Value).ToArray();
        return new AppetiteZone(name.Trim(), colour.ToLowerInvariant(), ordered, lowestScore, highestScore);
    }

    private static void CheckRange(string path, int? low, int? high, List<string> problems)
    {
        if (low is null && high is null)
        {
            return;
        }

        if (low is null || high is null)
        {
            problems.Add(path + ": give both ends of the range, from and to (inclusive), such as from 1 to 6.");
            return;
        }

        var inRange = true;
        foreach (var (end, value) in new[] { ("from", low.Value), ("to", high.Value) })
        {
            if (value < 1 || value > 25)
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}.{1}: {2} is outside 1-25, the scores of the 5x5 matrix.", path, end, value));
                inRange = false;
            }
        }

        if (!inRange)
        {
            return;
        }

        if (low > high)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}: from {1} is above to {2}; give the lowest score first.", path, low, high));
        }
        else if (!RiskScore.All.Any(s => s.Value >= low && s.Value <= high))
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}: {1}-{2} holds no score of the matrix (1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25).", path, low, high));
        }
    }

    private static string Shortened(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
