using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>A score as an app's own record holds it, before validation: a bare score, a cell of the matrix, or the text
/// printed in a register. Creating one never throws; <see cref="RegisterEntry.TryCreate(RegisterEntryDraft, Quarter, ScoringPolicy, out RegisterEntry?, out Rejection?)"/>
/// checks it exactly as it checks a row's score cell.</summary>
public sealed class AssessmentInput
{
    private AssessmentInput(string text) => Text = text;

    /// <summary>Gets the score as a register's cell would print it: "20", "5x4" or the text given.</summary>
    public string Text { get; }

    /// <summary>Returns a bare score, such as 20; it must be a product of the 5x5 matrix (1-25, not 7, 11, 13...).</summary>
    /// <param name="score">The score.</param>
    /// <returns>The input.</returns>
    public static AssessmentInput Score(int score) => new(score.ToString(CultureInfo.InvariantCulture));

    /// <summary>Returns a cell of the matrix: impact (1-5) times likelihood (1-5).</summary>
    /// <param name="impact">The impact, 1 (Minor) to 5 (Catastrophic, or Outstanding for an opportunity).</param>
    /// <param name="likelihood">The likelihood, 1 (Rare) to 5 (Almost certain).</param>
    /// <returns>The input.</returns>
    public static AssessmentInput Cell(int impact, int likelihood) =>
        new(string.Format(CultureInfo.InvariantCulture, "{0}x{1}", impact, likelihood));

    /// <summary>Returns a score as printed: "20", "5x4", "Catastrophic x Likely", "16 (revised)".</summary>
    /// <param name="printed">The text; <see langword="null"/> reads as empty.</param>
    /// <returns>The input.</returns>
    public static AssessmentInput Printed(string? printed) => new(printed ?? string.Empty);

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The score as text.</returns>
    public override string ToString() => Text;
}
