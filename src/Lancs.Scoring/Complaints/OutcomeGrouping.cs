using System;
using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Complaints;

/// <summary>Which outcomes and stages may occur in each stream, and the group each outcome counts in: data, defaulting to
/// what the 2016/17 reports do.</summary>
/// <remarks>The groupings differ between streams: "nipped in the bud" is withdrawn, resolved early or signposted for statutory
/// complaints (000:788, 816) but resolved before the formal stage for corporate ones (000:654, 1046); the Ombudsman's
/// "council action sufficient" counts only "not progressed" for social care (000:877) but also referrals back, local
/// resolutions and decisions not to investigate for corporate enquiries (000:1107).</remarks>
public sealed partial class OutcomeGrouping
{
    private readonly Dictionary<int, GroupingEntry> _entries;
    private readonly Dictionary<ComplaintStream, HashSet<ComplaintStage>> _stages;

    private OutcomeGrouping(Dictionary<int, GroupingEntry> entries, Dictionary<ComplaintStream, HashSet<ComplaintStage>> stages)
    {
        _entries = entries;
        _stages = stages;
    }

    /// <summary>Gets every entry: stream, outcome, group.</summary>
    public IReadOnlyList<GroupingEntry> Entries => _entries.Values.OrderBy(e => e.Stream.Value).ThenBy(e => e.Outcome.Value).ToList();

    /// <summary>Returns the group <paramref name="outcome"/> counts in within <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="group">The group, when the outcome may occur in the stream.</param>
    /// <returns>Whether the outcome may occur in the stream.</returns>
    public bool TryGroup(ComplaintStream stream, ComplaintOutcome outcome, out OutcomeGroup? group)
    {
        group = _entries.TryGetValue(GroupingEntry.KeyOf(Guard.NotNull(stream), Guard.NotNull(outcome)), out var entry) ? entry.Group : null;
        return group is not null;
    }

    /// <summary>Returns whether a complaint of <paramref name="stream"/> may be at <paramref name="stage"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="stage">The stage.</param>
    /// <returns>Whether the stage belongs to the stream's procedure.</returns>
    public bool AllowsStage(ComplaintStream stream, ComplaintStage stage) =>
        _stages.TryGetValue(Guard.NotNull(stream), out var stages) && stages.Contains(Guard.NotNull(stage));

    /// <summary>Returns the outcomes that may occur in <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The outcomes, by value.</returns>
    public IReadOnlyList<ComplaintOutcome> OutcomesOf(ComplaintStream stream) =>
        Entries.Where(e => e.Stream == stream).Select(e => e.Outcome).ToList();

    /// <summary>Returns a copy in which <paramref name="outcome"/> counts in <paramref name="group"/> within <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="outcome">The outcome, newly allowed in the stream if it was not.</param>
    /// <param name="group">The group.</param>
    /// <returns>The changed grouping.</returns>
    public OutcomeGrouping With(ComplaintStream stream, ComplaintOutcome outcome, OutcomeGroup group)
    {
        var entries = new Dictionary<int, GroupingEntry>(_entries);
        var entry = new GroupingEntry(Guard.NotNull(stream), Guard.NotNull(outcome), Guard.NotNull(group));
        entries[entry.Key] = entry;
        return new OutcomeGrouping(entries, _stages);
    }

    /// <summary>Returns a copy in which <paramref name="outcome"/> may not occur in <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The changed grouping.</returns>
    public OutcomeGrouping Without(ComplaintStream stream, ComplaintOutcome outcome)
    {
        var entries = new Dictionary<int, GroupingEntry>(_entries);
        entries.Remove(GroupingEntry.KeyOf(Guard.NotNull(stream), Guard.NotNull(outcome)));
        return new OutcomeGrouping(entries, _stages);
    }
}
