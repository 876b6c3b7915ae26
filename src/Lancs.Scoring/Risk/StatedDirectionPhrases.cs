using System;
using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Risk;

/// <summary>The plain words that state a movement, and the reader that finds them in a printed Direction of Travel cell.</summary>
/// <remarks>
/// <para>Vocabulary (whole words, any case; the table <c>_terms</c> below is the exact list): down "reducing", "reduced",
/// "decreasing", "decreased", "lower(ed/ing)", "falling", "fallen", "fell", "declining", "declined", "diminishing",
/// "diminished", "downward(s)", "managed down(wards)", "gone/going/coming/moving/trending/heading down(wards)",
/// "continues to reduce/decrease/fall/decline/lower"; up "increasing", "increased", "rising", "risen", "rose", "higher",
/// "heightened", "growing", "grown", "grew", "escalating", "escalated", "upward(s)", "gone/going/moving/trending/heading
/// up(wards)", "continues to increase/rise/grow/escalate"; level "static", "unchanged", "stable", "steady", "constant",
/// "unaltered", "remains/is/held level", "remains/is the same", "same as last/before", "remains/held at 12", and a
/// negated change ("no change", "has not changed", "no movement", "not moved"); new "new risk", "new opportunity".</para>
/// <para>A phrase is <see cref="StatedDirectionMention.IsRead">read</see> only when it is (1) not negated: "not", "no",
/// "never", "nor", "neither", "without", "cannot", "less", "more" or a word ending in "n't" up to three words before it
/// in its clause ("not reducing", "no longer increasing", "has not been reduced"); (2) not a forecast or an aim:
/// "will", "should", "may", "expected", "likely", "plans", "if", "once", "until", "to"… in the same window ("will be
/// lower", "actions to lower the risk"; "continues to" is not an aim); (3) predicative, not describing a noun: followed
/// by punctuation, the end, a number, a risk word, or a linking word such as "since", "from", "by", "this", "than",
/// "as", "and" ("reduced this quarter", "increased as…", but not "increased demand", "stable funding"); and (4) about the
/// risk: its sentence names no other subject before it ("Reducing", "The risk is reducing", "Score reduced", but not
/// "Demand is rising"). Qualifiers after a keyword need (1) and (3) only, and also count "reduce(s)", "decrease(s)",
/// "increase(s)", "rise(s)" and a bare "level", as before.</para>
/// <para>Never read: the simple present "reduces"/"increases" (a tendency or a cause: "As time progresses the risk to
/// some extent reduces", 000:1516; "…subsequently increases risk", 001:878), nouns ("a reduction", "an increase"), and
/// evaluative words ("improving", "worsening", "positive", "better"), which mean opposite movements for a risk and an
/// opportunity (register_rules §5.3).</para>
/// </remarks>
internal static class StatedDirectionPhrases
{
    private const string Remains = "remain|remains|remained|remaining|stay|stays|stayed|staying";

    private static readonly Term[] _terms = new[]
    {
        new Term(DirectionOfTravel.Downwards, Kind.Movement, "reducing|reduced|decreasing|decreased|lower|lowered|lowering|falling|fallen|fell|declining|declined|diminishing|diminished|downward|downwards"),
        new Term(DirectionOfTravel.Downwards, Kind.Movement, "managed|managing down|downward|downwards"),
        new Term(DirectionOfTravel.Downwards, Kind.Movement, "going|gone|went|coming|come|came|moving|moved|trending|heading down|downward|downwards"),
        new Term(DirectionOfTravel.Downwards, Kind.Movement, "continue|continues|continued|continuing to reduce|decrease|fall|decline|diminish|lower"),
        new Term(DirectionOfTravel.Upwards, Kind.Movement, "increasing|increased|rising|risen|rose|higher|heightened|growing|grown|grew|escalating|escalated|upward|upwards"),
        new Term(DirectionOfTravel.Upwards, Kind.Movement, "going|gone|went|moving|moved|trending|heading up|upward|upwards"),
        new Term(DirectionOfTravel.Upwards, Kind.Movement, "continue|continues|continued|continuing to increase|rise|grow|escalate"),
        new Term(DirectionOfTravel.Level, Kind.Movement, "static|unchanged|stable|steady|constant|unaltered"),
        new Term(DirectionOfTravel.Level, Kind.Movement, Remains + "|is|was|are|were|been|held|kept level"),
        new Term(DirectionOfTravel.Level, Kind.Movement, Remains + "|is|was|are|were the same"),
        new Term(DirectionOfTravel.Level, Kind.Movement, Remains + "|held at #"),
        new Term(DirectionOfTravel.Level, Kind.Movement, "same as last|previous|before"),
        new Term(DirectionOfTravel.Level, Kind.NegatedChange, "change|changes|changed|movement|moved|altered"),
        new Term(DirectionOfTravel.Downwards, Kind.QualifierOnly, "reduce|reduces|decrease|decreases"),
        new Term(DirectionOfTravel.Upwards, Kind.QualifierOnly, "increase|increases|rise|rises"),
        new Term(DirectionOfTravel.Level, Kind.QualifierOnly, "level"),
        new Term(DirectionOfTravel.New, Kind.NewRisk, "new risk|opportunity"),
    }.OrderByDescending(t => t.Words.Length).ToArray();

    private static readonly HashSet<string> _negators = Words("not no never nor neither without cannot less more");
    private static readonly HashSet<string> _forecasts = Words("will would should could may might must can expected anticipated likely unlikely hope hoped hopefully intend intended aim aims aimed aiming plan plans planned planning forecast projected predicted if once until unless to");
    private static readonly HashSet<string> _continues = Words("continue continues continued continuing");
    private static readonly HashSet<string> _clauseWords = Words("and but however although though whereas while whilst so because then");
    private static readonly HashSet<string> _riskWords = Words("risk risks score scores rating ratings residual likelihood probability impact exposure opportunity opportunities direction trend trajectory");
    private static readonly HashSet<string> _subjects = Words("travel dot it it's this which there");
    private static readonly HashSet<string> _linking = Words("this last since from by over at on for with within across throughout during due because as and but or nor than further slightly significantly considerably marginally substantially steadily gradually again overall then following after compared now recently though although however while whilst whereas so despite still also too slowly sharply rapidly quickly given which once when if until quarter year");
    private static readonly HashSet<string> _determiners = Words("the a an its this our their that");
    private static readonly HashSet<string> _timeWords = Words("last past previous recent this quarter quarters year years month months period week weeks q1 q2 q3 q4");
    private static readonly HashSet<string> _auxiliaries = Words("is are was were be been being has have had do does did now currently still also further gradually slightly significantly steadily considerably marginally substantially continually consistently generally overall again already recently broadly largely very much somewhat slowly quickly rapidly sharply become becomes became becoming seems seem seemed appears appear appeared looks look getting got longer yet therefore thus significant material real major notable " + Remains.Replace('|', ' '));

    private enum Kind
    {
        Movement,
        NegatedChange,
        QualifierOnly,
        NewRisk,
    }

    /// <summary>Finds every movement phrase in <paramref name="text"/> from index <paramref name="from"/>, longest first, without overlaps.</summary>
    /// <param name="text">The printed cell.</param>
    /// <param name="from">The index to read from, such as the end of a leading keyword.</param>
    /// <returns>The phrases in order, each with whether it is read and whether it qualifies a keyword.</returns>
    public static List<StatedDirectionMention> Find(string text, int from)
    {
        List<StatedDirectionToken> tokens = StatedDirectionToken.Split(text, from);
        var found = new List<(Term Term, int First, int End)>();
        var covered = new bool[tokens.Count];
        for (int i = 0; i < tokens.Count;)
        {
            Term? term = Longest(tokens, i);
            if (term is null)
            {
                i++;
                continue;
            }

            found.Add((term, i, i + term.Words.Length));
            for (int end = i + term.Words.Length; i < end; i++)
            {
                covered[i] = true;
            }
        }

        var mentions = new List<StatedDirectionMention>(found.Count);
        foreach ((Term term, int first, int end) in found)
        {
            int negator = Scope(tokens, first, out bool forecast);
            bool negated = negator >= 0;
            bool predicative = IsPredicative(tokens, end, out bool namesRisk) || term.EndsWithNumber;
            bool stated = term.Kind == Kind.NegatedChange ? negated : !negated;
            bool read = term.Kind switch
            {
                Kind.NewRisk => !negated,
                Kind.QualifierOnly => false,
                _ => stated && !forecast && predicative && (namesRisk || IsAboutTheRisk(tokens, first, covered)),
            };
            bool qualifier = term.Kind != Kind.NewRisk && stated && predicative;
            int start = term.Kind == Kind.NegatedChange && negated ? tokens[negator].Start : tokens[first].Start;
            mentions.Add(new StatedDirectionMention(term.Direction, start, tokens[end - 1].End, read, qualifier));
        }

        return mentions;
    }

    /// <summary>Returns the longest term that matches at word <paramref name="i"/>, or <see langword="null"/>.</summary>
    private static Term? Longest(List<StatedDirectionToken> tokens, int i)
    {
        foreach (Term term in _terms)
        {
            if (term.Matches(tokens, i))
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>Looks for a negator and a forecast word in the three words before a phrase, within its clause.</summary>
    /// <returns>The index of the nearest negator, or -1.</returns>
    private static int Scope(List<StatedDirectionToken> tokens, int first, out bool forecast)
    {
        int negator = -1;
        forecast = false;
        for (int j = first - 1, seen = 0; j >= 0 && seen < 3 && !tokens[j + 1].OpensClause; j--, seen++)
        {
            string word = tokens[j].Text;
            if (_clauseWords.Contains(word))
            {
                break;
            }

            negator = negator < 0 && IsNegator(word) ? j : negator;
            forecast |= _forecasts.Contains(word) && !(word == "to" && j > 0 && _continues.Contains(tokens[j - 1].Text));
        }

        return negator;
    }

    private static bool IsPredicative(List<StatedDirectionToken> tokens, int end, out bool namesRisk)
    {
        namesRisk = false;
        if (end == tokens.Count || tokens[end].OpensClause || tokens[end].IsNumber || _linking.Contains(tokens[end].Text))
        {
            return true;
        }

        int k = end;
        if (tokens[k].Text is "to" or "in" && ++k < tokens.Count && !tokens[k].OpensClause && tokens[k].IsNumber)
        {
            return true;
        }

        if (k < tokens.Count && !tokens[k].OpensClause && _determiners.Contains(tokens[k].Text))
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].OpensClause)
        {
            return false;
        }

        namesRisk = _riskWords.Contains(tokens[k].Text);
        return namesRisk || (k > end && _timeWords.Contains(tokens[k].Text));
    }

    private static bool IsAboutTheRisk(List<StatedDirectionToken> tokens, int first, bool[] covered)
    {
        for (int j = first - 1; j >= 0 && !tokens[j + 1].OpensSentence; j--)
        {
            string word = tokens[j].Text;
            if (IsSubject(word) || (_clauseWords.Contains(word) && NamesTheRiskBefore(tokens, j)))
            {
                return true;
            }

            if (!covered[j] && !_clauseWords.Contains(word) && !_auxiliaries.Contains(word) && !IsNegator(word) && !_forecasts.Contains(word) && !_continues.Contains(word) && word != "or")
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamesTheRiskBefore(List<StatedDirectionToken> tokens, int j)
    {
        for (int m = j - 1; m >= 0 && !tokens[m + 1].OpensSentence; m--)
        {
            if (IsSubject(tokens[m].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSubject(string word) => _riskWords.Contains(word) || _subjects.Contains(word);

    private static bool IsNegator(string word) => _negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);

    private static HashSet<string> Words(string list) => new HashSet<string>(list.Split(' '), StringComparer.Ordinal);

    private sealed class Term
    {
        public Term(DirectionOfTravel direction, Kind kind, string pattern)
        {
            Direction = direction;
            Kind = kind;
            Words = Array.ConvertAll(pattern.Split(' '), p => new HashSet<string>(p.Split('|'), StringComparer.Ordinal));
            EndsWithNumber = pattern.EndsWith("#", StringComparison.Ordinal);
        }

        public DirectionOfTravel Direction { get; }

        public Kind Kind { get; }

        public HashSet<string>[] Words { get; }

        public bool EndsWithNumber { get; }

        public bool Matches(List<StatedDirectionToken> tokens, int i)
        {
            if (i + Words.Length > tokens.Count)
            {
                return false;
            }

            for (int p = 0; p < Words.Length; p++)
            {
                StatedDirectionToken token = tokens[i + p];
                bool match = Words[p].Contains("#") ? token.IsNumber : Words[p].Contains(token.Text);
                if (!match || (p > 0 && token.OpensClause))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
