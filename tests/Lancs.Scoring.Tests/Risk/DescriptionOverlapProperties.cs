using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>The description overlap read into reused word lists (issue 15) gives what the plain reading with a set of word
/// strings per description gives, for any two descriptions.</summary>
public sealed class DescriptionOverlapProperties
{
    private static readonly HashSet<string> Boilerplate = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "within", "our", "its", "into", "from", "that", "this", "are", "was", "were", "has", "have",
        "been", "being", "not", "any", "their", "such", "which", "also", "due", "able", "ensure", "risk", "risks", "failure", "fail",
    };

    [Property(MaxTest = 3000, Arbitrary = new[] { typeof(Descriptions) })]
    public bool Overlap_IsThatOfTheWordSets(Description a, Description b) =>
        DescriptionOverlap.Of(a.Text, b.Text) == Reference(a.Text, b.Text);

    /// <summary>The reference: the subject words of each description as a set of strings, then the overlap coefficient.</summary>
    private static double Reference(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        var left = Words(a);
        var right = Words(b);
        return left.Count == 0 && right.Count == 0 ? 1
            : left.Count == 0 || right.Count == 0 ? 0
            : (double)left.Count(right.Contains) / Math.Min(left.Count, right.Count);
    }

    private static HashSet<string> Words(string text)
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
                i++;
            }

            if (word.Length >= 3 && !Boilerplate.Contains(word.ToString()))
            {
                words.Add(word.ToString());
            }

            word.Clear();
        }

        return words;
    }

    /// <summary>A description made of register words (some boilerplate, some possessive, in any case), or any text.</summary>
    public sealed record Description(string Text);

    /// <summary>The generator.</summary>
    public static class Descriptions
    {
        private static readonly string[] Vocabulary =
        {
            "Children's", "children", "CHILDREN", "safeguarding", "Safeguarding", "the", "Risk", "of", "failure", "to", "staff",
            "recruit", "budget", "cyber", "IT", "A1", "2018/19", "Council’s", "services", "a", "ab", "abc", "an", "x", "s", "'s",
        };

        private static readonly string[] Separators = { " ", "  ", ", ", " - ", "'", "’", "(", ")", "." };

        public static Arbitrary<Description> Description() => Gen.OneOf(
                Gen.Zip(Gen.Elements(Vocabulary), Gen.Elements(Separators)).Select(t => t.Item1 + t.Item2).ListOf()
                    .Select(parts => string.Concat(parts)),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty))
            .Select(text => new Description(text)).ToArbitrary();
    }
}
