using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Lancs.Scoring.Risk;

/// <summary>
/// The council's 5×5 scoring matrix, the "Key to Scores" printed under every register
/// (000:1557-1565, 001:898-906, 002:389-397): score = impact × likelihood.
/// </summary>
/// <remarks>The papers never state the formula; every one of the 75 printed cells agrees with it (register_rules.md §2).</remarks>
public static class RiskMatrix
{
    private const int LabelWidth = 14;
    private const int ColumnWidth = 9;

    private static readonly IReadOnlyList<MatrixCell>[] _cellsByValue = BuildCellIndex();

    /// <summary>Returns the score of a cell: impact × likelihood.</summary>
    /// <param name="impact">The impact (row).</param>
    /// <param name="likelihood">The likelihood (column).</param>
    /// <returns>The score printed in that cell.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RiskScore ScoreOf(Impact impact, Likelihood likelihood) => RiskScore.Of(impact, likelihood);

    /// <summary>Returns the cell of an impact row and a likelihood column.</summary>
    /// <param name="impact">The impact (row).</param>
    /// <param name="likelihood">The likelihood (column).</param>
    /// <returns>The cell, with its score.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static MatrixCell CellOf(Impact impact, Likelihood likelihood) => new(Guard.NotNull(impact), Guard.NotNull(likelihood));

    /// <summary>Returns every cell that carries <paramref name="score"/>, by ascending impact.</summary>
    /// <param name="score">The score.</param>
    /// <returns>One cell for 1, 4, 9, 16 and 25; two for every other score (e.g. 12 = Major × Possible or Moderate × Likely).</returns>
    public static IReadOnlyList<MatrixCell> CellsFor(RiskScore score) => _cellsByValue[score.Value];

    /// <summary>Renders the papers' "Key to Scores" as plain text: impact rows from top (5) to bottom (1), likelihood columns Rare to Certain.</summary>
    /// <param name="kind">The register the key is for: the top row reads CATASTROPHIC for risks and OUTSTANDING for opportunities (000:1559).</param>
    /// <returns>Lines separated by "\n", with no trailing line break.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    public static string RenderKeyToScores(RegisterKind kind)
    {
        Guard.NotNull(kind);
        var text = new StringBuilder();
        text.Append("Key to Scores (").Append(kind.Name.ToLowerInvariant()).Append(")\n");
        text.Append("IMPACT\n");
        foreach (Impact impact in Impact.Ascending.Reverse())
        {
            string label = impact.LabelFor(kind);
            text.Append(label.ToUpperInvariant().PadRight(LabelWidth));
            foreach (Likelihood likelihood in Likelihood.Ascending)
            {
                text.Append(ScoreOf(impact, likelihood).ToString().PadLeft(ColumnWidth));
            }

            text.Append('\n');
        }

        text.Append(string.Empty.PadRight(LabelWidth));
        foreach (Likelihood likelihood in Likelihood.Ascending)
        {
            text.Append(likelihood.Name.ToUpperInvariant().PadLeft(ColumnWidth));
        }

        text.Append('\n').Append(string.Empty.PadRight(LabelWidth)).Append("LIKELIHOOD".PadLeft(ColumnWidth * 3));
        return text.ToString();
    }

    /// <summary>Returns the 25 cells, by ascending impact then likelihood.</summary>
    internal static IEnumerable<MatrixCell> AllCells()
        => from impact in Impact.Ascending from likelihood in Likelihood.Ascending select new MatrixCell(impact, likelihood);

    private static IReadOnlyList<MatrixCell>[] BuildCellIndex()
    {
        var index = new IReadOnlyList<MatrixCell>[26];
        for (int value = 0; value <= 25; value++)
        {
            int v = value;
            index[value] = AllCells().Where(c => c.Score.Value == v).ToArray();
        }

        return index;
    }
}
