using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Risk;

/// <summary>Finds each entry's predecessor in the previous quarter's register by subject, across renumberings
/// (<see cref="PreviousQuarterMatching.ByLineage"/>).</summary>
/// <remarks>
/// <para>The council renumbered its register at Q1 2018/19 "following a full review" (002:264) without printing the old
/// numbers: CR5's children's safeguarding became CR2, CO5's apprenticeship levy CO2, while CR1 was reused for a new
/// risk (register_rules.md §10). Lineage follows the subject:</para>
/// <list type="number">
/// <item>An entry keeps its own id's predecessor (same kind) when their descriptions are alike
/// (<see cref="ScoringPolicy.IsSameSubject"/>): the normal case, decided without comparing anything else.</item>
/// <item>Every other entry is compared with every previous entry of the same kind that step 1 left unmatched and that
/// shares a subject word with it; the pairs at or above <see cref="ScoringPolicy.DescriptionSimilarity"/> are taken one to
/// one, best first; ties go to the pair whose previous entry, then current entry, comes first in its register.</item>
/// <item>An entry with no predecessor is New.</item>
/// </list>
/// <para>A subject word shared by more than <see cref="MaxEntriesPerWord"/> unmatched previous entries is too common to
/// suggest a subject and proposes no candidates (it still counts in the similarity of pairs that another word proposes),
/// so the matching stays near linear on a register of a million entries. A one-to-one, best-first assignment is an
/// optimisation over all pairs, not a condition on one pair, so it is made here, before the rules fire, rather than by a
/// rule; the rules consume its <see cref="Predecessor"/> facts.</para>
/// </remarks>
public static class RegisterLineage
{
    /// <summary>The most unmatched previous entries a word may propose before it counts as too common.</summary>
    public const int MaxEntriesPerWord = 64;

    /// <summary>Returns the predecessor of each entry of <paramref name="current"/> that has one, in the order of
    /// <paramref name="current"/>.</summary>
    /// <param name="current">This quarter's entries.</param>
    /// <param name="previous">The previous quarter's entries.</param>
    /// <param name="policy">The policy that says how alike two descriptions must be.</param>
    /// <returns>One <see cref="Predecessor"/> per matched entry; each previous entry is the predecessor of one entry at most.</returns>
    public static IReadOnlyList<Predecessor> Match(IReadOnlyList<RegisterEntry> current, IReadOnlyList<RegisterEntry> previous, ScoringPolicy policy)
    {
        var pairs = Pairs(current, previous, policy);
        var result = new List<Predecessor>(pairs.Length);
        foreach (var (c, p, similarity) in pairs)
        {
            result.Add(new Predecessor(current[c], previous[p], similarity));
        }

        return result;
    }

    /// <summary>Returns what <see cref="Match"/> returns as positions in <paramref name="current"/> and <paramref name="previous"/>
    /// with the similarity, in the order of <paramref name="current"/>: 16 bytes a pair, for a partitioned run that holds
    /// the pairs of a whole register until each partition is scored.</summary>
    internal static (int Current, int Previous, double Similarity)[] Pairs(IReadOnlyList<RegisterEntry> current, IReadOnlyList<RegisterEntry> previous, ScoringPolicy policy)
    {
        Guard.NotNull(current);
        Guard.NotNull(previous);
        Guard.NotNull(policy);
        var previousOf = new int[current.Count];
        var similarityOf = new double[current.Count];
        var taken = new bool[previous.Count];
        var byId = FirstById(previous);
        var unmatched = new List<int>();
        var matched = 0;
        for (var c = 0; c < current.Count; c++)
        {
            var entry = current[c];
            previousOf[c] = -1;
            if (FindFirst(byId, previous, entry) is var p and >= 0 && !taken[p]
                && DescriptionOverlap.Of(entry.Description, previous[p].Description) is var same && same >= policy.DescriptionSimilarity)
            {
                taken[p] = true;
                (previousOf[c], similarityOf[c]) = (p, same);
                matched++;
            }
            else
            {
                unmatched.Add(c);
            }
        }

        foreach (var (c, p, similarity) in BySubject(current, previous, unmatched, taken, policy.DescriptionSimilarity))
        {
            (previousOf[c], similarityOf[c]) = (p, similarity);
            matched++;
        }

        var pairs = new (int Current, int Previous, double Similarity)[matched];
        var next = 0;
        for (var c = 0; c < current.Count; c++)
        {
            if (previousOf[c] >= 0)
            {
                pairs[next++] = (c, previousOf[c], similarityOf[c]);
            }
        }

        return pairs;
    }

    /// <summary>Indexes the first previous entry of each id and kind: an open-addressing table of positions + 1 over the ids'
    /// cached hash codes (no key tuples or dictionary nodes for a register of a million entries). Its length is a power of two.</summary>
    private static int[] FirstById(IReadOnlyList<RegisterEntry> previous)
    {
        var size = 4;
        while (size < 2 * previous.Count && size < (1 << 30))
        {
            size *= 2;
        }

        var slots = new int[size];
        for (var p = 0; p < previous.Count; p++)
        {
            var slot = Start(previous[p].Id, size);
            while (slots[slot] != 0 && !SameKey(previous[slots[slot] - 1], previous[p]))
            {
                slot = (slot + 1) & (size - 1);
            }

            if (slots[slot] == 0)
            {
                slots[slot] = p + 1;
            }
        }

        return slots;
    }

    /// <summary>Returns the position of the first previous entry with <paramref name="entry"/>'s id and kind, or -1.</summary>
    private static int FindFirst(int[] slots, IReadOnlyList<RegisterEntry> previous, RegisterEntry entry)
    {
        var slot = Start(entry.Id, slots.Length);
        while (slots[slot] != 0)
        {
            if (SameKey(previous[slots[slot] - 1], entry))
            {
                return slots[slot] - 1;
            }

            slot = (slot + 1) & (slots.Length - 1);
        }

        return -1;
    }

    private static bool SameKey(RegisterEntry a, RegisterEntry b) => a.Id.Equals(b.Id) && a.Kind == b.Kind;

    private static int Start(EntryId id, int size) => (int)(unchecked((uint)id.GetHashCode() * 2654435769u) >> 2) & (size - 1);

    /// <summary>Pairs the unmatched entries with unmatched previous entries of the same kind by description, best first.</summary>
    /// <remarks>Words are numbered by a <see cref="SubjectVocabulary"/>; each unmatched previous entry's words are a sorted
    /// array of ids; the postings of each (word, kind) are one flat array in the order of the previous register
    /// (<c>postings[offsets[key] .. offsets[key + 1]]</c>, key = word id * 2 + kind); a stamp per previous entry says which
    /// current entry last compared it, so each pair is compared once.</remarks>
    private static List<(int Current, int Previous, double Similarity)> BySubject(IReadOnlyList<RegisterEntry> current,
        IReadOnlyList<RegisterEntry> previous, List<int> unmatched, bool[] taken, double threshold)
    {
        var pairs = new List<(int Current, int Previous, double Similarity)>();
        if (unmatched.Count == 0)
        {
            return pairs;
        }

        var vocabulary = new SubjectVocabulary();
        var words = new SubjectWordList();
        var previousWords = new int[]?[previous.Count];
        for (var p = 0; p < previous.Count; p++)
        {
            if (!taken[p])
            {
                DescriptionOverlap.Words(previous[p].Description, words);
                var ids = new int[words.Count];
                for (var w = 0; w < ids.Length; w++)
                {
                    ids[w] = vocabulary.Add(words, w);
                }

                Array.Sort(ids);
                previousWords[p] = ids;
            }
        }

        var offsets = Postings(previous, previousWords, vocabulary.Count, out var postings);
        var stamps = new int[previous.Count];
        var known = new int[16];
        foreach (var c in unmatched)
        {
            DescriptionOverlap.Words(current[c].Description, words);
            var kind = KindIndex(current[c].Kind);
            if (known.Length < words.Count)
            {
                known = new int[words.Count * 2];
            }

            var knownCount = 0;
            for (var w = 0; w < words.Count; w++)
            {
                if (vocabulary.IdOf(words, w) is var id and >= 0)
                {
                    known[knownCount++] = id;
                }
            }

            for (var k = 0; k < knownCount; k++)
            {
                var key = (known[k] * 2) + kind;
                if (offsets[key + 1] - offsets[key] > MaxEntriesPerWord)
                {
                    continue;
                }

                for (var i = offsets[key]; i < offsets[key + 1]; i++)
                {
                    var p = postings[i];
                    if (stamps[p] != c + 1)
                    {
                        stamps[p] = c + 1;
                        if (Similarity(known, knownCount, words.Count, previousWords[p]!) is var similarity && similarity >= threshold)
                        {
                            pairs.Add((c, p, similarity));
                        }
                    }
                }
            }
        }

        pairs.Sort((a, b) => a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity)
            : a.Previous != b.Previous ? a.Previous.CompareTo(b.Previous) : a.Current.CompareTo(b.Current));
        var assigned = new List<(int, int, double)>();
        var currentTaken = new bool[current.Count];
        foreach (var pair in pairs)
        {
            if (!taken[pair.Previous] && !currentTaken[pair.Current])
            {
                currentTaken[pair.Current] = true;
                taken[pair.Previous] = true;
                assigned.Add(pair);
            }
        }

        return assigned;
    }


    /// <summary>Lays out the postings of every (word, kind): the unmatched previous entries whose descriptions have the word,
    /// in register order; returns the offsets, of length 2 * <paramref name="wordCount"/> + 1.</summary>
    private static int[] Postings(IReadOnlyList<RegisterEntry> previous, int[]?[] previousWords, int wordCount, out int[] postings)
    {
        var offsets = new int[(2 * wordCount) + 1];
        for (var p = 0; p < previous.Count; p++)
        {
            foreach (var id in previousWords[p] ?? Array.Empty<int>())
            {
                offsets[(id * 2) + KindIndex(previous[p].Kind) + 1]++;
            }
        }

        for (var key = 1; key < offsets.Length; key++)
        {
            offsets[key] += offsets[key - 1];
        }

        postings = new int[offsets[offsets.Length - 1]];
        var next = (int[])offsets.Clone();
        for (var p = 0; p < previous.Count; p++)
        {
            foreach (var id in previousWords[p] ?? Array.Empty<int>())
            {
                postings[next[(id * 2) + KindIndex(previous[p].Kind)]++] = p;
            }
        }

        return offsets;
    }

    /// <summary>The share of <see cref="DescriptionOverlap.Of(SubjectWordList, SubjectWordList)"/>, for a current description of
    /// <paramref name="count"/> distinct words of which <paramref name="known"/>[0..<paramref name="knownCount"/>] have ids,
    /// and a previous description's sorted ids.</summary>
    private static double Similarity(int[] known, int knownCount, int count, int[] previousWords)
    {
        var shared = 0;
        for (var k = 0; k < knownCount; k++)
        {
            if (Array.BinarySearch(previousWords, known[k]) >= 0)
            {
                shared++;
            }
        }

        return (double)shared / Math.Min(count, previousWords.Length);
    }

    private static int KindIndex(RegisterKind kind) => kind == RegisterKind.Risk ? 0 : 1;
}
