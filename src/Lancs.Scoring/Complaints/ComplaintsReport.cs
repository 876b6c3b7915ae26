using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Complaints;

/// <summary>One stream's figures for one financial year, with the denominators the annual report uses.</summary>
/// <remarks>Outcome shares are over complaints received in the year and closed with an outcome (000:816: 391 of 479);
/// Stage 0 and timescale shares are over complaints received (000:911, 820, 929); Ombudsman shares are over the year's
/// enquiries (000:877), open ones kept apart. Adult social care's figures include joint complaints with the NHS (000:644).</remarks>
public sealed class ComplaintsReport
{
    private readonly IReadOnlyDictionary<OutcomeGroup, int> _groups;

    internal ComplaintsReport(int financialYear, ComplaintStream stream, int received, int open, int stage0, int timescaleExceeded, IReadOnlyDictionary<OutcomeGroup, int> groups)
    {
        FinancialYear = financialYear;
        Stream = stream;
        Received = received;
        Open = open;
        Stage0 = new Share(stage0, received);
        TimescaleExceeded = new Share(timescaleExceeded, received);
        _groups = groups;
    }

    /// <summary>Gets the financial year: 2016 for 2016/17.</summary>
    public int FinancialYear { get; }

    /// <summary>Gets the stream.</summary>
    public ComplaintStream Stream { get; }

    /// <summary>Gets the number of complaints (or enquiries) received in the year, those of streams counted within this one included.</summary>
    public int Received { get; }

    /// <summary>Gets the number received in the year by stream: this stream's own, and each stream counted within it (joint
    /// complaints with the NHS within adult social care, 000:644).</summary>
    public IReadOnlyDictionary<ComplaintStream, int> ReceivedByStream { get; internal init; } = new Dictionary<ComplaintStream, int>();

    /// <summary>Gets the number of the stream's own complaints received: <see cref="Received"/> without the streams counted within it.</summary>
    public int OwnReceived => ReceivedByStream.TryGetValue(Stream, out var own) ? own : 0;

    /// <summary>Gets whether the complaints include any of the stream's own. When not, the report holds only the part of the
    /// stream counted within it (the 33 joint complaints of adult social care's 479, 000:644) and its figures are not the stream's.</summary>
    public bool HasOwnComplaints => OwnReceived > 0;

    /// <summary>Gets the streams counted within this one that the complaints include, by value.</summary>
    public IReadOnlyList<ComplaintStream> IncludedStreams => ReceivedByStream.Keys.Where(s => s != Stream).OrderBy(s => s.Value).ToList();

    /// <summary>Gets the number received with dates, whose timescales are worked out from them rather than from the recorded flag.</summary>
    public int Dated { get; internal init; }

    /// <summary>Gets the share of the dated complaints that missed at least one deadline, statutory or not.</summary>
    public Share DeadlineMissed { get; internal init; }

    /// <summary>Gets the number still open, kept apart from outcome shares.</summary>
    public int Open { get; }

    /// <summary>Gets the number closed with an outcome: the denominator of outcome shares.</summary>
    public int ClosedWithOutcome => Received - Open;

    /// <summary>Gets the Stage 0 share, over complaints received.</summary>
    public Share Stage0 { get; }

    /// <summary>Gets the share that exceeded the statutory timescale, over complaints received: worked out from the dates of
    /// dated complaints, taken from the recorded flag for the rest.</summary>
    public Share TimescaleExceeded { get; }

    /// <summary>Gets the groups with at least one complaint, by value.</summary>
    public IReadOnlyList<OutcomeGroup> Groups => _groups.Keys.OrderBy(g => g.Value).ToList();

    /// <summary>Returns a group's share of the complaints closed with an outcome.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The share; 0 of the closed count for a group with no complaints.</returns>
    public Share ShareOf(OutcomeGroup group) => new(_groups.TryGetValue(group, out var count) ? count : 0, ClosedWithOutcome);

    /// <summary>Returns "2016/17 AdultSocialCare: 479 received, 88 open".</summary>
    /// <returns>The report's headline.</returns>
    public override string ToString() => $"{FinancialYear}/{(FinancialYear + 1) % 100:00} {Stream}: {Received} received, {Open} open";
}
