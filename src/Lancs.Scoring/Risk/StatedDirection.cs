using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lancs.Scoring.Risk;

/// <summary>
/// The Direction of Travel an owner printed for an entry, verbatim, with the one keyword it can safely be read
/// as (register_rules.md §5.1).
/// </summary>
/// <remarks>
/// <para>
/// The printed direction is the owner's judgement and often disagrees with the score change (§5.2); keep it
/// beside a movement derived from the scores and never overwrite one with the other.
/// </para>
/// <para>
/// Reading rules, in order: (1) a cell that <em>starts</em> with "↑" or "Upwards" is <see cref="DirectionOfTravel.Upwards"/>,
/// with "↓" or "Downwards" is <see cref="DirectionOfTravel.Downwards"/>, with "Level" is <see cref="DirectionOfTravel.Level"/>
/// (words case-insensitive and whole); (2) otherwise a cell containing "new risk" is <see cref="DirectionOfTravel.New"/>
/// (002:306) and one containing "continues to reduce" is <see cref="DirectionOfTravel.Downwards"/> (000:1523);
/// (3) anything else, including a blank cell, is unclear: <see cref="Normalised"/> is <see langword="null"/>.
/// </para>
/// <para>
/// <see cref="IsMixed"/> flags a leading keyword followed by wording of another direction: "increase(d/s)",
/// "rise", "upward(s)" for up; "reduce(d/s)", "decrease(d/s)", "downward(s)" for down; "level", "constant",
/// "unchanged" for level. The papers have three: "Level – however the direction of travel is increased…"
/// (001:882), "Level – In relation to assets the trend is downwards…" (000:1532) and "↑the direction of travel is
/// increased … the risk is constant…" (000:1535). Two directions are equal when their <see cref="Raw"/> texts are.
/// </para>
/// </remarks>
public sealed class StatedDirection : IEquatable<StatedDirection>
{
    private static readonly Regex _upWords = new Regex(@"\b(increase[ds]?|increasing|rise[s]?|rising|upwards?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex _downWords = new Regex(@"\b(reduce[ds]?|reducing|decrease[ds]?|decreasing|downwards?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex _levelWords = new Regex(@"\b(level|constant|unchanged)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private StatedDirection(string raw, DirectionOfTravel? normalised, bool isMixed)
    {
        Raw = raw;
        Normalised = normalised;
        IsMixed = isMixed;
    }

    /// <summary>Gets the printed cell, verbatim; empty when the cell was blank or missing.</summary>
    public string Raw { get; }

    /// <summary>Gets the direction the cell can safely be read as, or <see langword="null"/> when it is unclear or blank.</summary>
    public DirectionOfTravel? Normalised { get; }

    /// <summary>Gets a value indicating whether a leading keyword is followed by wording of a different direction.</summary>
    public bool IsMixed { get; }

    /// <summary>Reads a printed Direction of Travel cell; never throws.</summary>
    /// <param name="raw">The cell as printed; <see langword="null"/> or blank for an empty cell.</param>
    /// <returns>The stated direction, with <see cref="Normalised"/> set per the rules in the remarks.</returns>
    public static StatedDirection Parse(string? raw)
    {
        string text = raw ?? string.Empty;
        string trimmed = text.Trim();
        int keywordLength = LeadingKeyword(trimmed, out DirectionOfTravel? leading);
        if (leading is not null)
        {
            string rest = trimmed.Substring(keywordLength);
            return new StatedDirection(text, leading, Contradicts(leading, rest));
        }

        if (trimmed.IndexOf("new risk", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return new StatedDirection(text, DirectionOfTravel.New, false);
        }

        if (trimmed.IndexOf("continues to reduce", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return new StatedDirection(text, DirectionOfTravel.Downwards, false);
        }

        return new StatedDirection(text, null, false);
    }

    /// <summary>Returns whether <paramref name="other"/> has the same <see cref="Raw"/> text (ordinal).</summary>
    /// <param name="other">The direction to compare with.</param>
    /// <returns><see langword="true"/> when the printed texts are equal.</returns>
    public bool Equals(StatedDirection? other) => other is not null && string.Equals(Raw, other.Raw, StringComparison.Ordinal);

    /// <summary>Returns whether <paramref name="obj"/> is a <see cref="StatedDirection"/> with the same <see cref="Raw"/> text.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as StatedDirection);

    /// <summary>Returns a hash code of <see cref="Raw"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Raw);

    /// <summary>Returns the normalised direction (or "Unclear") followed by the printed text, for logs.</summary>
    /// <returns>For example "Level (mixed): Level – however …".</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}{1}: {2}",
        Normalised is null ? "Unclear" : Normalised.Name,
        IsMixed ? " (mixed)" : string.Empty,
        Raw);

    private static int LeadingKeyword(string trimmed, out DirectionOfTravel? direction)
    {
        direction = null;
        if (trimmed.Length == 0)
        {
            return 0;
        }

        if (trimmed[0] == '↑' || trimmed[0] == '↓')
        {
            direction = trimmed[0] == '↑' ? DirectionOfTravel.Upwards : DirectionOfTravel.Downwards;
            string afterArrow = trimmed.Substring(1).TrimStart();
            int word = StartsWithWord(afterArrow, direction.Name);
            return trimmed.Length - afterArrow.Length + word;
        }

        foreach (DirectionOfTravel keyword in new[] { DirectionOfTravel.Upwards, DirectionOfTravel.Downwards, DirectionOfTravel.Level })
        {
            int length = StartsWithWord(trimmed, keyword.Name);
            if (length > 0)
            {
                direction = keyword;
                return length;
            }
        }

        return 0;
    }

    private static int StartsWithWord(string text, string word)
    {
        bool starts = text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
            && (text.Length == word.Length || !char.IsLetter(text[word.Length]));
        return starts ? word.Length : 0;
    }

    private static bool Contradicts(DirectionOfTravel keyword, string rest)
    {
        bool up = _upWords.IsMatch(rest);
        bool down = _downWords.IsMatch(rest);
        bool level = _levelWords.IsMatch(rest);
        if (keyword == DirectionOfTravel.Upwards)
        {
            return down || level;
        }

        return keyword == DirectionOfTravel.Downwards ? up || level : up || down;
    }
}
