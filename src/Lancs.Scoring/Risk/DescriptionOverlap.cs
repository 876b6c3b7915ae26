using System;
using System.Collections.Generic;
using System.Text;

namespace Lancs.Scoring.Risk;

/// <summary>How alike two descriptions are: the share of the shorter description's subject words that the other one has too.</summary>
/// <remarks>
/// <para>Subject words are the words of three letters or more, lower-cased, a possessive "'s" dropped, without the
/// words every register entry is written with ("failure to", "risk of", "the", "and"...: <see cref="Boilerplate"/>).</para>
/// <para>The share is taken of the shorter description (the overlap coefficient, not the Jaccard index of both): a
/// title reworded into a longer one keeps its subject ("Recruit and retain experienced staff within Children's
/// Services" is "Failure to recruit and retain experienced Social Work staff" with a new scope, 002:306 against
/// 000:1525), while a renumbered id names a different subject whose words barely overlap.</para>
/// </remarks>
internal static class DescriptionOverlap
{
    /// <summary>Words that say how an entry is written, not what it is about.</summary>
    private static readonly HashSet<string> Boilerplate = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "within", "our", "its", "into", "from", "that", "this", "are", "was", "were", "has", "have",
        "been", "being", "not", "any", "their", "such", "which", "also", "due", "able", "ensure", "risk", "risks", "failure", "fail",
    };

    /// <summary>Returns the share, from 0 (nothing shared) to 1 (every subject word of the shorter description is in the other).</summary>
    public static double Of(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            // Equal texts have equal word sets (or both none), so the share is 1; most entries keep their description.
            return 1;
        }

        var left = Words(a);
        var right = Words(b);
        return left.Count == 0 && right.Count == 0 ? 1 : Of(left, right);
    }

    /// <summary>Returns the share for two sets of subject words from <see cref="Words"/>; 0 when either is empty.</summary>
    public static double Of(HashSet<string> left, HashSet<string> right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var word in left)
        {
            if (right.Contains(word))
            {
                shared++;
            }
        }

        return (double)shared / Math.Min(left.Count, right.Count);
    }

    /// <summary>Returns the subject words of a description.</summary>
    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if ((c == '\'' || c == '\u2019') && i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
                && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                i++; // a possessive: "Children's" is "children"
            }

            if (word.Length >= 3 && word.ToString() is var found && !Boilerplate.Contains(found))
            {
                words.Add(found);
            }

            word.Clear();
        }

        return words;
    }
}
