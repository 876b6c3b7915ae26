using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Risk;

/// <summary>Re-scoring in partitions: a very large register, a bounded session at a time.</summary>
public sealed partial class RegisterScorer
{
    /// <summary>The default number of entries per partition: large enough that a session's fixed costs do not show.</summary>
    public const int DefaultPartitionSize = 100_000;

    /// <summary>Re-scores a register in partitions by identification number, one session per partition, yielding each
    /// partition's result as soon as it is scored.</summary>
    /// <param name="quarter">The quarter of <paramref name="current"/>.</param>
    /// <param name="current">The entries.</param>
    /// <param name="previousQuarter">The quarter of <paramref name="previous"/>; defaults to the quarter before <paramref name="quarter"/>.</param>
    /// <param name="previous">The previous quarter's entries, or <see langword="null"/>.</param>
    /// <param name="partitionSize">About how many entries of <paramref name="current"/> one partition holds.</param>
    /// <returns>One result per partition. Together they hold exactly what <see cref="RescoreEntries"/>
    /// returns: every entry's result once, every change and finding once. Each partition lists its entries and changes in
    /// register order; findings about the register as a whole are in the first partition only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partitionSize"/> is below 1.</exception>
    /// <remarks>
    /// <para>Every register rule pairs entries by identification number (the previous-quarter match, duplicates,
    /// renumbering, changes), so entries are partitioned by a hash of their normalised id: all entries of one id, in both
    /// quarters, meet in the same session, and each partition concludes what the whole register would about them. The hash
    /// is a fixed function of the id (FNV-1a of its normalised form), not the per-process string hash, so the same register
    /// splits into the same partitions in every run and on every machine, and partitions can be stored and compared. The
    /// fact that a previous register was given goes to every partition. Covering-report statements are not taken:
    /// checking them asks whether the report mentions an entry at all, which is a question about the whole report.</para>
    /// <para>Memory: the partitions hold references to the entries given; beyond that and the results, one partition's
    /// session is alive at a time (longer only while its results, whose explanations read it, are kept).</para>
    /// </remarks>
    public IEnumerable<RegisterResult> RescoreInPartitions(Quarter quarter, IEnumerable<RegisterEntry> current, Quarter? previousQuarter = null,
        IEnumerable<RegisterEntry>? previous = null, int partitionSize = DefaultPartitionSize)
    {
        Guard.NotNull(current);
        if (partitionSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(partitionSize), partitionSize, "A partition holds at least one entry; use a size such as 100000.");
        }

        return Partitioned(quarter, current, previousQuarter ?? quarter.Previous, previous, partitionSize);
    }

    private IEnumerable<RegisterResult> Partitioned(Quarter quarter, IEnumerable<RegisterEntry> current, Quarter previousQuarter,
        IEnumerable<RegisterEntry>? previous, int partitionSize)
    {
        var all = new List<RegisterEntry>(current);
        var count = Math.Max(1, (all.Count + partitionSize - 1) / partitionSize);
        var previousAll = previous is null ? null : new List<RegisterEntry>(previous);

        // Lineage is found over the whole register, and the ids it links across a renumbering share a partition. The pairs
        // are held as (entry, entry, similarity) until their partition is scored, and made Predecessor facts only then.
        var byLineage = previousAll is not null && Policy.Matching == PreviousQuarterMatching.ByLineage;
        var pairs = byLineage ? RegisterLineage.Pairs(all, previousAll!, Policy) : Array.Empty<(int Current, int Previous, double Similarity)>();
        var groups = new IdGroups();
        foreach (var (c, p, _) in pairs)
        {
            if (!all[c].Id.Equals(previousAll![p].Id))
            {
                groups.Join(all[c].Id, previousAll[p].Id);
            }
        }

        var lineageParts = new List<(RegisterEntry Current, RegisterEntry Previous, double Similarity)>?[count];
        foreach (var (c, p, similarity) in pairs)
        {
            (lineageParts[PartOf(all[c], count, groups)] ??= new List<(RegisterEntry, RegisterEntry, double)>()).Add((all[c], previousAll![p], similarity));
        }

        pairs = null;
        var currentParts = Split(all, count, groups);
        all = null;
        var previousParts = previousAll is null ? null : Split(previousAll, count, groups);
        previousAll = null;
        for (var p = 0; p < count; p++)
        {
            var part = currentParts[p];
            var previousPart = previousParts?[p];
            currentParts[p] = null!;
            if (previousParts is not null)
            {
                previousParts[p] = null!;
            }

            var predecessors = byLineage ? Predecessors(lineageParts[p]) : null;
            lineageParts[p] = null;
            yield return Run(quarter, part, previousQuarter, previousPart, null, new List<Rejection>(), new List<Finding>(), registerFindings: p == 0, predecessors);
        }
    }

    private static List<Predecessor> Predecessors(List<(RegisterEntry Current, RegisterEntry Previous, double Similarity)>? pairs)
    {
        var predecessors = new List<Predecessor>(pairs?.Count ?? 0);
        if (pairs is not null)
        {
            foreach (var (current, previous, similarity) in pairs)
            {
                predecessors.Add(new Predecessor(current, previous, similarity));
            }
        }

        return predecessors;
    }

    private static List<RegisterEntry>[] Split(IEnumerable<RegisterEntry> entries, int count, IdGroups groups)
    {
        var parts = new List<RegisterEntry>[count];
        for (var p = 0; p < count; p++)
        {
            parts[p] = new List<RegisterEntry>();
        }

        foreach (var entry in entries)
        {
            parts[PartOf(Guard.NotNull(entry, nameof(entries)), count, groups)].Add(entry);
        }

        return parts;
    }

    private static int PartOf(RegisterEntry entry, int count, IdGroups groups) => (int)(StableHash(groups.KeyOf(entry.Id)) % (uint)count);

    /// <summary>Returns the 32-bit FNV-1a hash of the UTF-16 code units of <paramref name="normalised"/>: the same in every
    /// process, unlike <see cref="string.GetHashCode()"/>, which .NET seeds at random per process.</summary>
    internal static uint StableHash(string normalised)
    {
        const uint OffsetBasis = 2166136261;
        const uint Prime = 16777619;
        var hash = OffsetBasis;
        foreach (var c in normalised)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        return hash;
    }
}
