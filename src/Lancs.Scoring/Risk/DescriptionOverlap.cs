using System;

namespace Lancs.Scoring.Risk;

/// <summary>How alike two descriptions are: the share of the shorter description's subject words that the other one has too.</summary>
/// <remarks>
/// <para>Subject words are the words of three letters or more, lower-cased, a possessive "'s" dropped, without the
/// words every register entry is written with ("failure to", "risk of", "the", "and"...: <see cref="Boilerplate"/>).</para>
/// <para>The share is taken of the shorter description (the overlap coefficient, not the Jaccard index of both): a
/// title reworded into a longer one keeps its subject ("Recruit and retain experienced staff within Children's
/// Services" is "Failure to recruit and retain experienced Social Work staff" with a new scope, 002:306 against
/// 000:1525), while a renumbered id names a different subject whose words barely overlap.</para>
/// <para>The words are read into reused <see cref="SubjectWordList"/>s, one pair per thread: the rules compare the
/// descriptions of every entry kept under its id, a million pairs in a bulk run.</para>
/// </remarks>
internal static class DescriptionOverlap
{
    /// <summary>Words that say how an entry is written, not what it is about.</summary>
    private static readonly SubjectWordList Boilerplate = new SubjectWordList().Read(
        "the and for with within our its into from that this are was were has have "
        + "been being not any their such which also due able ensure risk risks failure fail",
        boilerplate: null);

    [ThreadStatic]
    private static SubjectWordList? _left;

    [ThreadStatic]
    private static SubjectWordList? _right;

    /// <summary>Returns the share, from 0 (nothing shared) to 1 (every subject word of the shorter description is in the other).</summary>
    public static double Of(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            // Equal texts have equal word sets (or both none), so the share is 1; most entries keep their description.
            return 1;
        }

        var left = Words(a, _left ??= new SubjectWordList());
        var right = Words(b, _right ??= new SubjectWordList());
        return left.Count == 0 && right.Count == 0 ? 1 : Of(left, right);
    }

    /// <summary>Returns the share for two lists of subject words from <see cref="Words"/>; 0 when either is empty.</summary>
    public static double Of(SubjectWordList left, SubjectWordList right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        for (var w = 0; w < left.Count; w++)
        {
            if (right.Contains(left, w))
            {
                shared++;
            }
        }

        return (double)shared / Math.Min(left.Count, right.Count);
    }

    /// <summary>Reads the subject words of a description into <paramref name="into"/>, which is returned.</summary>
    public static SubjectWordList Words(string text, SubjectWordList into) => into.Read(text, Boilerplate);
}
