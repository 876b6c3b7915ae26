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

    private static readonly Regex _leadingNumber = new Regex(@"^(?<number>[0-9]+)(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Compiled);
    // A word impact needs white space or "×" before its x, so that "Majorx Unlikely" is not read as Major x Unlikely.
    private static readonly Regex _product = new Regex(@"^(?<impact>[0-9]+|[A-Za-z]+(?=\s|×))\s*[xX×]\s*(?<likelihood>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Compiled);

    // Indexed by score value; only the values on the matrix are set.
    private static readonly Assessment?[] _bareScores = BareScores();

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
    /// <param name="cell">"16" (leading zeros allowed: "012" is 12); "4x4", "4 x 4", "4×4", "Major x Likely" or "Major×Likely"
    /// (impact first; any words <see cref="Risk.Impact.TryParse"/> and <see cref="Risk.Likelihood.TryParse"/> accept); either
    /// form followed by white space or "(" and a note, as in "20 (following …)" or "Major x Likely (following …)".</param>
    /// <param name="assessment">The assessment when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <param name="error">When the method returns <see langword="false"/>, a sentence saying what was found and what is accepted; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the cell holds a valid assessment.</returns>
    public static bool TryParse(string? cell, [NotNullWhen(true)] out Assessment? assessment, [NotNullWhen(false)] out string? error) =>
        TryParse(cell, null, out assessment, out error);

    /// <summary>Tries to read a score cell of an entry of a known kind; never throws. As <see cref="TryParse(string?, out Assessment?, out string?)"/>,
    /// except that impact 5 must be written with the kind's own word: Catastrophic for a risk, Outstanding for an opportunity.</summary>
    internal static bool TryParse(string? cell, RegisterKind? kind, [NotNullWhen(true)] out Assessment? assessment, [NotNullWhen(false)] out string? error)
    {
        assessment = null;
        string text = cell?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            error = "The score cell is empty; " + Accepted + ".";
            return false;
        }

        if (IsBareNumber(text))
        {
            // The common cell, a bare score such as "12": read without the expressions, and the assessment shared.
            return TryBareScore(text, out assessment, out error);
        }

        Match product = _product.Match(text);
        if (product.Success)
        {
            return TryProduct(product.Groups["impact"].Value, product.Groups["likelihood"].Value.Trim(), kind, out assessment, out error);
        }

        Match leading = _leadingNumber.Match(text);
        string rest = leading.Success ? leading.Groups["rest"].Value : string.Empty;
        if (!leading.Success || !StartsNote(rest, 0))
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a score; {1}.", Quoting.Value(text), Accepted);
            return false;
        }

        string digits = leading.Groups["number"].Value;
        if (!RiskScore.TryFromValue(LeadingNumber(digits), out RiskScore score))
        {
            error = RiskScore.NotOnMatrixMessage(Quoting.Value(digits));
            return false;
        }

        assessment = FromScore(score, rest);
        error = null;
        return true;
    }

    private static Assessment?[] BareScores()
    {
        var scores = new Assessment?[26]; // scores run from 1 to 25
        for (int value = 1; value < scores.Length; value++)
        {
            if (RiskScore.TryFromValue(value, out RiskScore score))
            {
                scores[value] = new Assessment(score, null, null, null);
            }
        }

        return scores;
    }

    /// <summary>Returns whether <paramref name="text"/> is nothing but ASCII digits.</summary>
    private static bool IsBareNumber(string text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a cell of ASCII digits alone, as the general path would (same score, same error), giving the one
    /// shared assessment of each score: an assessment is immutable, and a register prints one of 14 scores in every cell.</summary>
    private static bool TryBareScore(string digits, [NotNullWhen(true)] out Assessment? assessment, [NotNullWhen(false)] out string? error)
    {
        if (!RiskScore.TryFromValue(LeadingNumber(digits), out RiskScore score))
        {
            assessment = null;
            error = RiskScore.NotOnMatrixMessage(Quoting.Value(digits));
            return false;
        }

        assessment = _bareScores[score.Value]!; // set for every score on the matrix
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

    /// <summary>Returns the assessment as <paramref name="kind"/>'s register labels it: "20 (Outstanding x Likely)" for an
    /// opportunity, "20 (Catastrophic x Likely)" for a risk (<see cref="Risk.Impact.LabelFor"/>), then the note.</summary>
    /// <param name="kind">The kind of the entry the assessment belongs to.</param>
    /// <returns>The text in the invariant culture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    public string ToString(RegisterKind kind)
    {
        Guard.NotNull(kind);
        string cell = Impact is null || Likelihood is null ? string.Empty : " (" + Impact.LabelFor(kind) + " x " + Likelihood.Name + ")";
        return Score.ToString() + cell + (Note is null ? string.Empty : " " + Note);
    }

    /// <summary>Returns the value of the ASCII digits <paramref name="digits"/> read as a score: leading zeros do not count,
    /// and a number of more than two digits is returned as 0, which is off the matrix. Never throws.</summary>
    internal static int LeadingNumber(string digits)
    {
        string significant = digits.TrimStart('0');
        return significant.Length > 2 ? 0 : significant.Length == 0 ? 0 : int.Parse(significant, CultureInfo.InvariantCulture);
    }

    /// <summary>Returns whether a note may start at <paramref name="index"/>: the text ends there, or white space or "(" follows.</summary>
    private static bool StartsNote(string text, int index) =>
        index >= text.Length || char.IsWhiteSpace(text[index]) || text[index] == '(';

    private static bool TryProduct(string impactText, string likelihoodText, RegisterKind? kind, [NotNullWhen(true)] out Assessment? assessment, [NotNullWhen(false)] out string? error)
    {
        assessment = null;
        if (!Risk.Impact.TryParse(impactText, out Impact? impact))
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not an impact; accepted: Insignificant, Minor, Moderate, Major, Catastrophic (Outstanding) or 1 to 5, written before the x.", Quoting.Value(impactText));
            return false;
        }

        if (WrongWordForKind(impactText, kind) is string wrongWord)
        {
            error = wrongWord;
            return false;
        }

        // The likelihood is the shortest start of the text that is one, so "Almost certain (note)" and "Likely following …"
        // keep their notes, as "20 (following …)" does after a bare score. No likelihood is written in more than 64 characters.
        for (int end = 1; end <= Math.Min(likelihoodText.Length, 64); end++)
        {
            if (StartsNote(likelihoodText, end) && Risk.Likelihood.TryParse(likelihoodText.Substring(0, end), out Likelihood? likelihood))
            {
                string note = likelihoodText.Substring(end).Trim();
                assessment = new Assessment(RiskScore.Of(impact, likelihood), impact, likelihood, note.Length == 0 ? null : note);
                error = null;
                return true;
            }
        }

        error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a likelihood; accepted: Rare, Unlikely, Possible, Likely, Certain (Almost certain) or 1 to 5, written after the x.", Quoting.Value(likelihoodText));
        return false;
    }

    /// <summary>Returns why the impact word does not suit the kind of entry, or <see langword="null"/>: the grid's top row
    /// reads "CATASTROPHIC (for risk) OUTSTANDING (for opportunity)" (000:1559).</summary>
    private static string? WrongWordForKind(string impactText, RegisterKind? kind)
    {
        string word = impactText.Trim();
        if (kind == RegisterKind.Risk && string.Equals(word, Risk.Impact.Catastrophic.OpportunityLabel, StringComparison.OrdinalIgnoreCase))
        {
            return "'" + word + "' is the opportunity wording of impact 5 (000:1559); for a risk write Catastrophic, or 5.";
        }

        if (kind == RegisterKind.Opportunity && string.Equals(word, Risk.Impact.Catastrophic.Name, StringComparison.OrdinalIgnoreCase))
        {
            return "'" + word + "' is the risk wording of impact 5 (000:1559); for an opportunity write Outstanding, or 5.";
        }

        return null;
    }
}
