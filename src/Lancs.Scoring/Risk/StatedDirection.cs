using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>
/// The Direction of Travel an owner printed for an entry, verbatim, with the direction it can safely be read as
/// (register_rules.md §5.1) and how it was read.
/// </summary>
/// <remarks>
/// <para>
/// The printed direction is the owner's judgement and often disagrees with the score change (§5.2); keep it
/// beside a movement derived from the scores and never overwrite one with the other.
/// </para>
/// <para>
/// Reading rules, in order: (1) a blank cell is <see cref="StatedDirectionReading.Blank"/>; (2) a cell that
/// <em>starts</em> with "↑" or "Upwards" is <see cref="DirectionOfTravel.Upwards"/>, with "↓" or "Downwards" is
/// <see cref="DirectionOfTravel.Downwards"/>, with "Level" is <see cref="DirectionOfTravel.Level"/> (words
/// case-insensitive and whole), read as a <see cref="StatedDirectionReading.Keyword"/> whatever follows; (3) otherwise
/// "new risk", not negated, is <see cref="DirectionOfTravel.New"/> (002:306); (4) otherwise the cell is read as a
/// <see cref="StatedDirectionReading.Phrase"/> when its movement phrases all state one direction: "reducing",
/// "reduced", "lower", "managed down", "continues to reduce" (000:1523) are Downwards; "increasing", "rising",
/// "higher" are Upwards; "static", "unchanged", "stable", "no change", "has not changed", "remains the same",
/// "remains at 12" are Level; (5) anything else is <see cref="StatedDirectionReading.Unread"/> and
/// <see cref="Normalised"/> is <see langword="null"/>. The vocabulary, and when a phrase counts (not negated, not a
/// forecast, not describing a noun, about the risk), are listed in docs/register.md ("Reading the stated direction").
/// </para>
/// <para>
/// Never read, so no guessing: narrative ("The risk is being managed", 002:358), the simple present ("the risk to
/// some extent reduces", 000:1516), negated movements ("not reducing", "no longer increasing": no clear movement), and
/// evaluative words ("improving", "positive", 001:875), which mean a falling score for a risk but a rising one for an
/// opportunity (§5.3).
/// </para>
/// <para>
/// <see cref="IsMixed"/> flags a cell that states more than one direction: a leading keyword followed by a
/// non-negated movement word of another direction ("Level – however the direction of travel is increased…", 001:882;
/// "Level – In relation to assets the trend is downwards…", 000:1532; "↑the direction of travel is increased … the risk
/// is constant…", 000:1535), where <see cref="Normalised"/> stays the keyword; or, with no keyword, read phrases of two
/// directions ("reduced but now rising"), where <see cref="Normalised"/> is <see langword="null"/>. Two directions are
/// equal when their <see cref="Raw"/> texts are.
/// </para>
/// </remarks>
public sealed class StatedDirection : IEquatable<StatedDirection>
{
    private static readonly IReadOnlyList<string> _nothingRead = new ReadOnlyCollection<string>(Array.Empty<string>());

    private static readonly RepeatedCells<StatedDirection> _repeated = new(Read);

    private StatedDirection(string raw, DirectionOfTravel? normalised, bool isMixed, StatedDirectionReading reading, IReadOnlyList<string> readFrom)
    {
        Raw = raw;
        Normalised = normalised;
        IsMixed = isMixed;
        Reading = reading;
        ReadFrom = readFrom;
    }

    /// <summary>Gets the printed cell, verbatim; empty when the cell was blank or missing.</summary>
    public string Raw { get; }

    /// <summary>Gets the direction the cell can safely be read as, or <see langword="null"/> when it is unread or blank.</summary>
    public DirectionOfTravel? Normalised { get; }

    /// <summary>Gets a value indicating whether the cell states more than one direction: a leading keyword followed
    /// by wording of a different direction, or phrases of two directions and no keyword.</summary>
    public bool IsMixed { get; }

    /// <summary>Gets how the cell was read: <see cref="StatedDirectionReading.Keyword"/> or
    /// <see cref="StatedDirectionReading.Phrase"/> when <see cref="Normalised"/> is set, otherwise
    /// <see cref="StatedDirectionReading.Blank"/> or <see cref="StatedDirectionReading.Unread"/>.</summary>
    public StatedDirectionReading Reading { get; }

    /// <summary>Gets the words of the cell the reading rests on, as printed and in order: the leading keyword or the
    /// phrases read, then, when <see cref="IsMixed"/>, the words of the other direction; empty when nothing was read.</summary>
    /// <value>For example ["Level", "increased"] for 001:882, ["continues to reduce"] for 000:1523, [] for "The risk is being managed".</value>
    public IReadOnlyList<string> ReadFrom { get; }

    /// <summary>Reads a printed Direction of Travel cell; never throws.</summary>
    /// <param name="raw">The cell as printed; <see langword="null"/> or blank for an empty cell.</param>
    /// <returns>The stated direction, with <see cref="Normalised"/> and <see cref="Reading"/> set per the rules in the remarks.</returns>
    public static StatedDirection Parse(string? raw) => raw is null ? Read(string.Empty) : _repeated.Parse(raw);

    /// <summary>Reads a cell afresh; <see cref="Parse"/> remembers the result for the few words a register repeats in every
    /// row (internal for the test that the two agree).</summary>
    internal static StatedDirection Read(string text)
    {
        string trimmed = text.TrimStart();
        if (trimmed.Length == 0)
        {
            return new StatedDirection(text, null, false, StatedDirectionReading.Blank, _nothingRead);
        }

        int lead = text.Length - trimmed.Length;
        int keywordLength = LeadingKeyword(trimmed, out DirectionOfTravel? leading);
        if (leading is not null)
        {
            var words = new List<string> { text.Substring(lead, keywordLength).TrimEnd() };
            foreach (StatedDirectionMention m in StatedDirectionPhrases.Find(text, lead + keywordLength))
            {
                if (m.IsQualifier && m.Direction != leading && m.Direction != DirectionOfTravel.New)
                {
                    words.Add(Quote(text, m));
                }
            }

            return new StatedDirection(text, leading, words.Count > 1, StatedDirectionReading.Keyword, words.AsReadOnly());
        }

        List<StatedDirectionMention> read = StatedDirectionPhrases.Find(text, 0).FindAll(m => m.IsRead);
        int newRisk = read.FindIndex(m => m.Direction == DirectionOfTravel.New);
        if (newRisk >= 0)
        {
            return new StatedDirection(text, DirectionOfTravel.New, false, StatedDirectionReading.Phrase, new List<string> { Quote(text, read[newRisk]) }.AsReadOnly());
        }

        if (read.Count == 0)
        {
            return new StatedDirection(text, null, false, StatedDirectionReading.Unread, _nothingRead);
        }

        IReadOnlyList<string> phrases = read.ConvertAll(m => Quote(text, m)).AsReadOnly();
        DirectionOfTravel first = read[0].Direction;
        return read.TrueForAll(m => m.Direction == first)
            ? new StatedDirection(text, first, false, StatedDirectionReading.Phrase, phrases)
            : new StatedDirection(text, null, true, StatedDirectionReading.Unread, phrases);
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

    private static string Quote(string text, StatedDirectionMention m) => text.Substring(m.Start, m.End - m.Start);

    private static int LeadingKeyword(string trimmed, out DirectionOfTravel? direction)
    {
        direction = null;
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
}
