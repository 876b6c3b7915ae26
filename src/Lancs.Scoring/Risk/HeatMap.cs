using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Lancs.Scoring.Risk;

/// <summary>
/// How many register entries fall in each cell of the 5×5 matrix, and how many have each score.
/// </summary>
/// <remarks>
/// The papers print bare numbers, and 12, 15 and 20 have two cells each, so an assessment without an impact
/// and likelihood is counted by score and as <see cref="Unplaced"/>, never put in a guessed cell. Invariant:
/// the sum of the 25 cells plus <see cref="Unplaced"/> equals <see cref="Total"/>, which equals the sum of
/// <see cref="CountOfScore"/> over <see cref="RiskScore.All"/>. Immutable once counted.
/// </remarks>
public sealed class HeatMap
{
    private readonly int[,] _cells;
    private readonly int[] _byScoreValue;

    private HeatMap(int[,] cells, int[] byScoreValue, int unplaced, int total)
    {
        _cells = cells;
        _byScoreValue = byScoreValue;
        Unplaced = unplaced;
        Total = total;
    }

    /// <summary>Gets the number of assessments counted.</summary>
    public int Total { get; }

    /// <summary>Gets the number of assessments with a score but no known cell (bare printed scores).</summary>
    public int Unplaced { get; }

    /// <summary>Gets the number of assessments placed in a cell (those with a known impact and likelihood).</summary>
    /// <param name="impact">The impact (row).</param>
    /// <param name="likelihood">The likelihood (column).</param>
    /// <returns>The count for that cell; bare scores are not included.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public int this[Impact impact, Likelihood likelihood]
        => _cells[Guard.NotNull(impact).Value - 1, Guard.NotNull(likelihood).Value - 1];

    /// <summary>Counts assessments into a heat map.</summary>
    /// <param name="assessments">The assessments, e.g. the residual scores of one register.</param>
    /// <returns>The heat map.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="assessments"/> or one of its items is <see langword="null"/>.</exception>
    public static HeatMap Count(IEnumerable<Assessment> assessments)
    {
        Guard.NotNull(assessments);
        var cells = new int[5, 5];
        var byScoreValue = new int[26];
        int unplaced = 0;
        int total = 0;
        foreach (Assessment assessment in assessments)
        {
            Guard.NotNull(assessment);
            total++;
            byScoreValue[assessment.Score.Value]++;
            if (assessment.Impact is null || assessment.Likelihood is null)
            {
                unplaced++;
            }
            else
            {
                cells[assessment.Impact.Value - 1, assessment.Likelihood.Value - 1]++;
            }
        }

        return new HeatMap(cells, byScoreValue, unplaced, total);
    }

    /// <summary>Counts assessments one at a time into a heat map, without a list of them (a run's gather counts as it goes).</summary>
    internal sealed class Tally
    {
        private readonly int[,] _cells = new int[5, 5];
        private readonly int[] _byScoreValue = new int[26];
        private int _unplaced;
        private int _total;

        public void Add(Assessment assessment)
        {
            _total++;
            _byScoreValue[assessment.Score.Value]++;
            if (assessment.Impact is { } impact && assessment.Likelihood is { } likelihood)
            {
                _cells[impact.Value - 1, likelihood.Value - 1]++;
            }
            else
            {
                _unplaced++;
            }
        }

        public HeatMap ToHeatMap() => new(_cells, _byScoreValue, _unplaced, _total);
    }

    /// <summary>Returns how many assessments have <paramref name="score"/>, whether or not their cell is known.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The count.</returns>
    public int CountOfScore(RiskScore score) => _byScoreValue[score.Value];

    /// <summary>Renders the counts as a text grid (impact rows 5 to 1, likelihood columns Rare to Certain) followed by a by-score line.</summary>
    /// <returns>Lines separated by "\n", e.g. ending "By score: 12: 9, 16: 10, 20: 1; unplaced (score only): 20; total: 20".</returns>
    public string Render()
    {
        const int LabelWidth = 14;
        const int ColumnWidth = 9;
        var text = new StringBuilder("Heat map (entries per cell)\n");
        foreach (Impact impact in Impact.Ascending.Reverse())
        {
            text.Append(impact.Name.ToUpperInvariant().PadRight(LabelWidth));
            foreach (Likelihood likelihood in Likelihood.Ascending)
            {
                text.Append(this[impact, likelihood].ToString(CultureInfo.InvariantCulture).PadLeft(ColumnWidth));
            }

            text.Append('\n');
        }

        text.Append(string.Empty.PadRight(LabelWidth));
        foreach (Likelihood likelihood in Likelihood.Ascending)
        {
            text.Append(likelihood.Name.ToUpperInvariant().PadLeft(ColumnWidth));
        }

        IEnumerable<string> scores = RiskScore.All
            .Where(s => CountOfScore(s) > 0)
            .Select(s => string.Format(CultureInfo.InvariantCulture, "{0}: {1}", s, CountOfScore(s)));
        text.Append("\nBy score: ").Append(Total == 0 ? "none" : string.Join(", ", scores));
        text.Append(string.Format(CultureInfo.InvariantCulture, "; unplaced (score only): {0}; total: {1}", Unplaced, Total));
        return text.ToString();
    }
}
