using System.Collections.Generic;
using System.Text;

namespace Lancs.Scoring.Risk;

/// <summary>A word of a printed Direction of Travel cell: its lower-case text and where it stands in the cell.</summary>
/// <remarks>A word is a run of letters and digits; an apostrophe or hyphen between two of them stays inside it, so
/// "hasn't", "risk-reducing" and "lower-cost" are one word each and never match "reducing" or "lower".</remarks>
internal readonly struct StatedDirectionToken
{
    private StatedDirectionToken(string text, int start, int end, bool opensClause, bool opensSentence)
    {
        Text = text;
        Start = start;
        End = end;
        OpensClause = opensClause;
        OpensSentence = opensSentence;
    }

    /// <summary>Gets the word in lower case, with a typographic apostrophe written as "'".</summary>
    public string Text { get; }

    /// <summary>Gets the index in the cell of the word's first character.</summary>
    public int Start { get; }

    /// <summary>Gets the index in the cell just past the word's last character.</summary>
    public int End { get; }

    /// <summary>Gets a value indicating whether punctuation, or the start of the text read, stands before the word.</summary>
    public bool OpensClause { get; }

    /// <summary>Gets a value indicating whether a full stop, "!", "?", ";", a line break or the start of the text stands before the word.</summary>
    public bool OpensSentence { get; }

    /// <summary>Gets a value indicating whether the word is a whole number, such as the 12 of "remains at 12".</summary>
    public bool IsNumber
    {
        get
        {
            foreach (char c in Text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Splits <paramref name="text"/> into words from index <paramref name="from"/>; never throws.</summary>
    /// <param name="text">The printed cell.</param>
    /// <param name="from">The index to start at, such as the end of a leading keyword.</param>
    /// <returns>The words in order.</returns>
    public static List<StatedDirectionToken> Split(string text, int from)
    {
        var tokens = new List<StatedDirectionToken>();
        var word = new StringBuilder();
        bool clause = true;
        bool sentence = true;
        int i = from;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                clause |= !char.IsWhiteSpace(c);
                sentence |= c is '.' or '!' or '?' or ';' or '\n' or '\r';
                i++;
                continue;
            }

            int start = i;
            word.Clear();
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                word.Append(text[i] == '\u2019' ? '\'' : char.ToLowerInvariant(text[i]));
                i++;
            }

            tokens.Add(new StatedDirectionToken(word.ToString(), start, i, clause, sentence));
            clause = false;
            sentence = false;
        }

        return tokens;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';
}
