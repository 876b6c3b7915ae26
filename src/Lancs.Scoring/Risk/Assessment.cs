using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lancs.Scoring.Risk;

/// <summary>
/// One score cell of the register (inherent or residual): the score, the impact and likelihood when they are
/// known, and any text printed after the number.
/// </summary>
/// <remarks>
/// The papers print only numbers (register_rules.md §2), and 12, 15 and 20 each have two cells, so a bare score
/// keeps <see cref="Impact"/> and <see cref="Likelihood"/> unknown: labels are never guessed from a number.
/// Both are known or neither is. Two assessments are equal when score, impact, likelihood and note are equal
/// (the note ordinally).
/// </remarks>
public sealed class Assessment : IEquatable<Assessment>
{
    private const string Accepted = "expected a matrix score such as 16, impact x likelihood such as 4x4, 4 × 4 or Major x Likely, or a score followed by a note such as 20 (following …)";

    private static readonly Regex _leadingNumber = new Regex(@"^(?<number>[0-9]+)(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    private static readonly Regex _product = new Regex(@"^(?<impact>[0-9]+|[A-Za-z]+(?=\s))\s*[xX×]\s*(?<likelihood>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private Assessment(RiskScore score, Impact? impact, Likelihood? likelihood, string? note)
    {
        Score = score;
        Impact = impact;
        Likelihood = likelihood;
        Note = note;
    }

    /// <summary>Gets the score.</summary>
    public RiskScore Score { get; }

    /// <summary>Gets the impact, or <see langword="null"/> when only the score was printed.</summary>
    public Impact? Impact { get; }

    /// <summary>Gets the likelihood, or <see langword="null"/> when only the score was printed.</summary>
    public Likelihood? Likelihood { get; }

    /// <summary>Gets the text printed after the number (e.g. 000:1548, "(following Manchester … highly likely.)"), or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Creates the assessment of a known cell of the matrix.</summary>
    /// <param name="impact">The impact (row).</param>
    /// <param name="likelihood">The likelihood (column).</param>
    /// <returns>An assessment with the cell and its product.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Assessment Of(Impact impact, Likelihood likelihood)
        => new Assessment(RiskScore.Of(impact, likelihood), impact, likelihood, null);

    /// <summary>Creates the assessment of a bare printed score, whose cell is unknown.</summary>
    /// <param name="score">The score.</param>
    /// <param name="note">Text printed after the number; blank text counts as none.</param>
    /// <returns>An assessment with no impact or likelihood.</returns>
    public static Assessment FromScore(RiskScore score, string? note = null)
        => new Assessment(score, null, null, string.IsNullOrWhiteSpace(note) ? null : note!.Trim());

    /// <summary>Tries to read a score cell; never throws.</summary>
    /// <param name="cell">"16"; "4x4", "4 x 4" or "4×4" (impact first); "Major x Likely" (any words <see cref="Risk.Impact.TryParse"/> and <see cref="Risk.Likelihood.TryParse"/> accept); or a score followed by white space or "(" and a note, "20 (following …)".</param>
    /// <param name="assessment">The assessment when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <param name="error">When the method returns <see langword="false"/>, a sentence saying what was found and what is accepted; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the cell holds a valid assessment.</returns>
    public static bool TryParse(string? cell, [NotNullWhen(true)] out Assessment? assessment, [NotNullWhen(false)] out string? error)
    {
        assessment = null;
        string text = cell?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            error = "The score cell is empty; " + Accepted + ".";
            return false;
        }

        Match product = _product.Match(text);
        if (product.Success)
        {
            return TryProduct(product.Groups["impact"].Value, product.Groups["likelihood"].Value.Trim(), out assessment, out error);
        }

        Match leading = _leadingNumber.Match(text);
        string rest = leading.Success ? leading.Groups["rest"].Value : string.Empty;
        if (!leading.Success || (rest.Length > 0 && !char.IsWhiteSpace(rest[0]) && rest[0] != '('))
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a score; {1}.", text, Accepted);
            return false;
        }

        string digits = leading.Groups["number"].Value;
        int value = digits.Length > 2 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture);
        if (!RiskScore.TryFromValue(value, out RiskScore score))
        {
            error = RiskScore.NotOnMatrixMessage(digits);
            return false;
        }

        assessment = FromScore(score, rest);
        error = null;
        return true;
    }

    /// <summary>Returns whether <paramref name="other"/> has the same score, impact, likelihood and note.</summary>
    /// <param name="other">The assessment to compare with.</param>
    /// <returns><see langword="true"/> when all four are equal.</returns>
    public bool Equals(Assessment? other) => other is not null
        && Score == other.Score
        && Equals(Impact, other.Impact)
        && Equals(Likelihood, other.Likelihood)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <summary>Returns whether <paramref name="obj"/> is an equal <see cref="Assessment"/>.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as Assessment);

    /// <summary>Returns a hash code of the score, cell and note.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => unchecked(
        (Score.Value * 397) ^ ((Impact?.Value ?? 0) * 31) ^ (Likelihood?.Value ?? 0) ^ (Note is null ? 0 : StringComparer.Ordinal.GetHashCode(Note)));

    /// <summary>Returns the score, the cell when known and the note, e.g. "16 (Major x Likely)" or "20 (following …)".</summary>
    /// <returns>The text in the invariant culture.</returns>
    public override string ToString()
    {
        string cell = Impact is null || Likelihood is null ? string.Empty : " (" + Impact.Name + " x " + Likelihood.Name + ")";
        return Score.ToString() + cell + (Note is null ? string.Empty : " " + Note);
    }

    private static bool TryProduct(string impactText, string likelihoodText, [NotNullWhen(true)] out Assessment? assessment, [NotNullWhen(false)] out string? error)
    {
        assessment = null;
        if (!Risk.Impact.TryParse(impactText, out Impact? impact))
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not an impact; accepted: Insignificant, Minor, Moderate, Major, Catastrophic (Outstanding) or 1 to 5, written before the x.", impactText);
            return false;
        }

        if (!Risk.Likelihood.TryParse(likelihoodText, out Likelihood? likelihood))
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a likelihood; accepted: Rare, Unlikely, Possible, Likely, Certain (Almost certain) or 1 to 5, written after the x.", likelihoodText);
            return false;
        }

        assessment = Of(impact, likelihood);
        error = null;
        return true;
    }
}
