using System;
using System.Collections.Generic;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register.Idiom;

/// <summary>One fact holding the previous quarter indexed by id: the NRules idiom for an equality join that the Rete
/// network would otherwise do as a nested loop (NRules issue #201). A rule matches it once and probes it per entry.</summary>
/// <remarks>Ids may repeat, so entries of one id are chained in arrival order, as in <see cref="HandWrittenRegister"/>.
/// Insert one even without a previous register (<see cref="Given"/> is then <see langword="null"/>), so that rules which
/// match it still fire for every entry.</remarks>
public sealed class PreviousQuarterLookup
{
    private static readonly PreviousMatch[] NoMatches = Array.Empty<PreviousMatch>();
    private readonly PreviousQuarterEntry[] _entries;
    private readonly int[] _next;
    private readonly Dictionary<EntryId, int> _first;

    private PreviousQuarterLookup(PreviousQuarterGiven? given, PreviousQuarterEntry[] entries, int[] next, Dictionary<EntryId, int> first)
    {
        Given = given;
        _entries = entries;
        _next = next;
        _first = first;
    }

    /// <summary>Gets the previous register's quarters, or <see langword="null"/> when no previous register was given.</summary>
    public PreviousQuarterGiven? Given { get; }

    /// <summary>Indexes the previous quarter's entries by id.</summary>
    /// <param name="quarter">The quarter scored.</param>
    /// <param name="previousQuarter">The previous register's quarter.</param>
    /// <param name="previous">The previous register's entries, or <see langword="null"/>.</param>
    /// <returns>The lookup fact.</returns>
    public static PreviousQuarterLookup Build(Quarter quarter, Quarter previousQuarter, IReadOnlyList<RegisterEntry>? previous)
    {
        var count = previous?.Count ?? 0;
        var entries = new PreviousQuarterEntry[count];
        var next = new int[count];
        var first = new Dictionary<EntryId, int>(count);
        for (var p = count - 1; p >= 0; p--)
        {
            entries[p] = new PreviousQuarterEntry(previous![p]);
            next[p] = first.TryGetValue(previous[p].Id, out var head) ? head : -1;
            first[previous[p].Id] = p;
        }

        return new PreviousQuarterLookup(previous is null ? null : new PreviousQuarterGiven(previousQuarter, quarter), entries, next, first);
    }

    /// <summary>Pairs <paramref name="scored"/> with the previous quarter's entries it matches, as the library's
    /// <c>MatchPreviousQuarterRule</c> does: the same id and, unless the policy matches by id alone, the same subject.</summary>
    /// <param name="scored">The scored entry.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The matches, in the previous quarter's order; usually none or one.</returns>
    public PreviousMatch[] Matches(ScoredEntry scored, ScoringPolicy policy)
    {
        if (!_first.TryGetValue(scored.Id, out var p))
        {
            return NoMatches;
        }

        List<PreviousMatch>? found = null;
        PreviousMatch? single = null;
        for (; p >= 0; p = _next[p])
        {
            var candidate = _entries[p];
            if (policy.Matching == PreviousQuarterMatching.ById || policy.IsSameSubject(candidate.Entry.Description, scored.Entry.Description))
            {
                var match = new PreviousMatch(scored, candidate);
                if (single is null)
                {
                    single = match;
                }
                else
                {
                    (found ??= new List<PreviousMatch> { single }).Add(match);
                }
            }
        }

        return found is not null ? found.ToArray() : single is not null ? new[] { single } : NoMatches;
    }

    /// <summary>The direction of travel of <paramref name="scored"/>, as the library's <c>DirectionOfTravelRule</c> and
    /// <c>NewEntryRule</c> derive it: one movement per match, New when a previous register was given and nothing matched,
    /// none without a previous register.</summary>
    /// <param name="scored">The scored entry.</param>
    /// <param name="matches">Its matches.</param>
    /// <returns>The movements.</returns>
    public ScoreMovement[] Movements(ScoredEntry scored, PreviousMatch[] matches)
    {
        if (matches.Length == 0)
        {
            return Given is null ? Array.Empty<ScoreMovement>() : new[] { ScoreMovement.New(scored) };
        }

        var movements = new ScoreMovement[matches.Length];
        for (var m = 0; m < matches.Length; m++)
        {
            movements[m] = ScoreMovement.Of(matches[m]);
        }

        return movements;
    }
}
