using System;
using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Risk;

/// <summary>What a policy change does to a real register: the register scored under two policies, and what differs,
/// as data. The command line's <c>diff</c> writes this.</summary>
/// <remarks>Entries are paired by normalised id and, for a duplicated id, by its occurrence in register order, so
/// rows rejected under one policy only (a policy with other identification numbers) do not shift the others; such
/// entries are listed in <see cref="OnlyBefore"/> and <see cref="OnlyAfter"/>. Findings are compared by kind, entry and
/// message.</remarks>
public sealed class PolicyComparison
{
    private PolicyComparison(RegisterResult before, RegisterResult after)
    {
        Before = before;
        After = after;
        var pairs = Pair(before.Entries, after.Entries, out var onlyBefore, out var onlyAfter);
        OnlyBefore = onlyBefore;
        OnlyAfter = onlyAfter;
        Entering = pairs.Where(p => !p.Before.IsOnCorporateRegister && p.After.IsOnCorporateRegister).Select(p => p.After).ToList();
        Leaving = pairs.Where(p => p.Before.IsOnCorporateRegister && !p.After.IsOnCorporateRegister).Select(p => p.After).ToList();
        Directions = pairs.Where(p => p.Before.Direction != p.After.Direction)
            .Select(p => new EntryDifference<DirectionOfTravel?>(p.After.Entry.Id, p.Before.Direction, p.After.Direction)).ToList();
        Zones = pairs.Where(p => p.Before.AppetiteZone?.Name != p.After.AppetiteZone?.Name)
            .Select(p => new EntryDifference<AppetiteZone?>(p.After.Entry.Id, p.Before.AppetiteZone, p.After.AppetiteZone)).ToList();
        Changes = ChangesThatDiffer(before.Changes, after.Changes);
        var was = new HashSet<(FindingKind, string?, string)>(before.Findings.Select(Key));
        var now = new HashSet<(FindingKind, string?, string)>(after.Findings.Select(Key));
        FindingsAppearing = after.Findings.Where(f => !was.Contains(Key(f))).ToList();
        FindingsDisappearing = before.Findings.Where(f => !now.Contains(Key(f))).ToList();
    }

    /// <summary>Gets the register scored under the first policy.</summary>
    public RegisterResult Before { get; }

    /// <summary>Gets the register scored under the second policy.</summary>
    public RegisterResult After { get; }

    /// <summary>Gets the entries that enter the corporate register under the second policy, as it scores them.</summary>
    public IReadOnlyList<EntryResult> Entering { get; }

    /// <summary>Gets the entries that leave the corporate register under the second policy, as it scores them.</summary>
    public IReadOnlyList<EntryResult> Leaving { get; }

    /// <summary>Gets the entries whose direction of travel differs.</summary>
    public IReadOnlyList<EntryDifference<DirectionOfTravel?>> Directions { get; }

    /// <summary>Gets the entries whose appetite zone (the band of the policy's appetite) differs.</summary>
    public IReadOnlyList<EntryDifference<AppetiteZone?>> Zones { get; }

    /// <summary>Gets the entries whose register changes (added, removed, remains, rescored) differ.</summary>
    public IReadOnlyList<EntryDifference<IReadOnlyList<RegisterChangeKind>>> Changes { get; }

    /// <summary>Gets the findings of the second scoring that the first did not have.</summary>
    public IReadOnlyList<Finding> FindingsAppearing { get; }

    /// <summary>Gets the findings of the first scoring that the second does not have.</summary>
    public IReadOnlyList<Finding> FindingsDisappearing { get; }

    /// <summary>Gets the entries scored only under the first policy (rejected under the second).</summary>
    public IReadOnlyList<EntryResult> OnlyBefore { get; }

    /// <summary>Gets the entries scored only under the second policy (rejected under the first).</summary>
    public IReadOnlyList<EntryResult> OnlyAfter { get; }

    /// <summary>Gets how many differences the comparison lists in all: entries entering, leaving or scored under one
    /// policy only, differing directions, zones and changes, and findings appearing or disappearing.</summary>
    public int Count => Entering.Count + Leaving.Count + Directions.Count + Zones.Count + Changes.Count
        + FindingsAppearing.Count + FindingsDisappearing.Count + OnlyBefore.Count + OnlyAfter.Count;

    /// <summary>Gets whether anything differs.</summary>
    public bool HasDifferences => Count > 0;

    /// <summary>Compares two scorings of the same register (the same rows, quarters and covering statements).</summary>
    /// <param name="before">The register scored under the first policy.</param>
    /// <param name="after">The same register scored under the second.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The two results are of different quarters.</exception>
    public static PolicyComparison Compare(RegisterResult before, RegisterResult after)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        if (!before.Quarter.Equals(after.Quarter))
        {
            throw new ArgumentException($"Compare two scorings of one register: {before.Quarter} is not {after.Quarter}.", nameof(after));
        }

        return new PolicyComparison(before, after);
    }

    /// <summary>Re-scores a register under two policies and compares the results.</summary>
    /// <param name="before">The first policy (the one in force).</param>
    /// <param name="after">The second policy (the proposed change).</param>
    /// <param name="quarter">The quarter of <paramref name="current"/>.</param>
    /// <param name="current">The register's rows.</param>
    /// <param name="previousQuarter">The quarter of <paramref name="previous"/>; defaults to the quarter before.</param>
    /// <param name="previous">The previous register's rows, or <see langword="null"/>.</param>
    /// <param name="coveringStatements">What the covering report says, or <see langword="null"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="before"/>, <paramref name="after"/> or <paramref name="current"/> is <see langword="null"/>.</exception>
    public static PolicyComparison Of(ScoringPolicy before, ScoringPolicy after, Quarter quarter, IEnumerable<RegisterRow> current,
        Quarter? previousQuarter = null, IEnumerable<RegisterRow>? previous = null, IEnumerable<CoveringStatement>? coveringStatements = null)
    {
        var rows = Guard.NotNull(current).ToList();
        var previousRows = previous?.ToList();
        var statements = coveringStatements?.ToList();
        return new PolicyComparison(
            new RegisterScorer(Guard.NotNull(before)).Rescore(quarter, rows, previousQuarter, previousRows, statements),
            new RegisterScorer(Guard.NotNull(after)).Rescore(quarter, rows, previousQuarter, previousRows, statements));
    }

    private static (FindingKind, string?, string) Key(Finding finding) => (finding.Kind, finding.Id?.Normalised, finding.Message);

    private static List<(EntryResult Before, EntryResult After)> Pair(IReadOnlyList<EntryResult> before, IReadOnlyList<EntryResult> after,
        out List<EntryResult> onlyBefore, out List<EntryResult> onlyAfter)
    {
        var waiting = new Dictionary<string, Queue<EntryResult>>(StringComparer.Ordinal);
        foreach (var entry in before)
        {
            if (!waiting.TryGetValue(entry.Entry.Id.Normalised, out var queue))
            {
                waiting.Add(entry.Entry.Id.Normalised, queue = new Queue<EntryResult>());
            }

            queue.Enqueue(entry);
        }

        var pairs = new List<(EntryResult, EntryResult)>();
        onlyAfter = new List<EntryResult>();
        foreach (var entry in after)
        {
            if (waiting.TryGetValue(entry.Entry.Id.Normalised, out var queue) && queue.Count > 0)
            {
                pairs.Add((queue.Dequeue(), entry));
            }
            else
            {
                onlyAfter.Add(entry);
            }
        }

        var unpaired = new HashSet<EntryResult>(waiting.Values.SelectMany(q => q));
        onlyBefore = before.Where(unpaired.Contains).ToList();
        return pairs;
    }

    private static List<EntryDifference<IReadOnlyList<RegisterChangeKind>>> ChangesThatDiffer(IReadOnlyList<RegisterChange> before, IReadOnlyList<RegisterChange> after)
    {
        // The ids in the order the results list their changes, the first scoring's first, so the comparison reads in
        // register order.
        var old = Kinds(before);
        var now = Kinds(after);
        var ids = before.Concat(after).Select(c => c.Id).Distinct();
        var differences = new List<EntryDifference<IReadOnlyList<RegisterChangeKind>>>();
        foreach (var id in ids)
        {
            var was = old.TryGetValue(id, out var kinds) ? kinds : new List<RegisterChangeKind>();
            var becomes = now.TryGetValue(id, out var newKinds) ? newKinds : new List<RegisterChangeKind>();
            if (!was.SequenceEqual(becomes))
            {
                differences.Add(new EntryDifference<IReadOnlyList<RegisterChangeKind>>(id, was, becomes));
            }
        }

        return differences;
    }

    private static Dictionary<EntryId, List<RegisterChangeKind>> Kinds(IReadOnlyList<RegisterChange> changes)
    {
        var kinds = new Dictionary<EntryId, List<RegisterChangeKind>>();
        foreach (var change in changes)
        {
            if (!kinds.TryGetValue(change.Id, out var list))
            {
                kinds.Add(change.Id, list = new List<RegisterChangeKind>());
            }

            list.Add(change.Kind);
        }

        return kinds;
    }
}
