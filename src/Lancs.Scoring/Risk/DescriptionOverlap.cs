using System;
using System.Collections.Generic;
using System.Text;

namespace Lancs.Scoring.Risk;

/// <summary>How alike two descriptions are: the share of their distinct words (three letters or more) they have in common.</summary>
/// <remarks>Titles get reworded between quarters ("capacity and resilience" gains "capability", 000:1520), so exact comparison
/// is too strict; a renumbered id names a different subject, whose words barely overlap.</remarks>
internal static class DescriptionOverlap
{
    /// <summary>Returns the Jaccard index of the two descriptions' word sets, from 0 (nothing shared) to 1 (same words).</summary>
    public static double Of(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            // Equal texts have equal word sets (or both none), so the index is 1; most entries keep their description.
            return 1;
        }

        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 && right.Count == 0)
        {
            return 1;
        }

        var shared = 0;
        foreach (var word in left)
        {
            if (right.Contains(word))
            {
                shared++;
            }
        }

        return (double)shared / (left.Count + right.Count - shared);
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length >= 3)
            {
                words.Add(word.ToString());
            }

            word.Clear();
        }

        return words;
    }
}
