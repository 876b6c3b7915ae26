using System;
using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Testing;

/// <summary>A generated batch of one stream's 2016/17 complaints, every outcome and stage one the grouping allows for the stream.</summary>
public sealed class GeneratedComplaints
{
    private static readonly DateTime YearStart = new(2016, 4, 1);

    /// <summary>Creates a batch under the published grouping.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="items">The complaints.</param>
    public GeneratedComplaints(ComplaintStream stream, IReadOnlyList<GeneratedComplaint> items)
        : this(stream, items, OutcomeGrouping.Default)
    {
    }

    /// <summary>Creates a batch under a grouping.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="items">The complaints.</param>
    /// <param name="grouping">The grouping whose stages the complaints' stages are chosen from.</param>
    public GeneratedComplaints(ComplaintStream stream, IReadOnlyList<GeneratedComplaint> items, OutcomeGrouping grouping)
    {
        Stream = stream;
        Items = items;
        Grouping = grouping;
        Complaints = items.Select((item, i) => Make(stream, i, item, grouping)).ToList();
    }

    /// <summary>Gets the stream.</summary>
    public ComplaintStream Stream { get; }

    /// <summary>Gets the generated complaints.</summary>
    public IReadOnlyList<GeneratedComplaint> Items { get; }

    /// <summary>Gets the grouping the batch was generated for.</summary>
    public OutcomeGrouping Grouping { get; }

    /// <summary>Gets the outcomes, in order (<see langword="null"/> for an open complaint).</summary>
    public IReadOnlyList<ComplaintOutcome?> Outcomes => Items.Select(i => i.Outcome).ToList();

    /// <summary>Gets the complaints, references R-0, R-1, ...</summary>
    public IReadOnlyList<Complaint> Complaints { get; }

    /// <summary>A plain complaint of a stream received on 1 May 2016 and (when it has an outcome) closed ten days later.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="i">The number in its reference, R-i.</param>
    /// <param name="outcome">The outcome, or <see langword="null"/> for an open complaint.</param>
    /// <returns>The complaint.</returns>
    public static Complaint Make(ComplaintStream stream, int i, ComplaintOutcome? outcome)
    {
        var stage = stream.IsOmbudsman ? ComplaintStage.Ombudsman : stream == ComplaintStream.Corporate ? ComplaintStage.Informal : ComplaintStage.Stage1;
        if (stream == ComplaintStream.AdultSocialCare || stream == ComplaintStream.JointWithNhs)
        {
            stage = ComplaintStage.Formal;
        }

        var received = new DateTime(2016, 5, 1);
        return Complaint.Create($"R-{i}", stream, stage, received, outcome is null ? null : received.AddDays(10), outcome);
    }

    /// <summary>The batch with other complaints (for shrinking).</summary>
    /// <param name="items">The complaints.</param>
    /// <returns>A new batch of the same stream and grouping.</returns>
    public GeneratedComplaints With(IReadOnlyList<GeneratedComplaint> items) => new(Stream, items, Grouping);

    /// <summary>The batch as a counter-example prints it.</summary>
    /// <returns>The stream and each complaint with its dates.</returns>
    public override string ToString() => $"{Stream}: {string.Join(", ", Complaints.Select(c => $"{c} {c.Received:yyyy-MM-dd}..{c.Closed:yyyy-MM-dd} {c.Timeline}"))}";

    private static Complaint Make(ComplaintStream stream, int i, GeneratedComplaint item, OutcomeGrouping grouping)
    {
        var stages = ComplaintStage.List.Where(s => grouping.AllowsStage(stream, s)).OrderBy(s => s.Value).ToList();
        var stage = stages.Count == 0 ? ComplaintStage.Stage1 : stages[item.StageIndex % stages.Count];
        var received = YearStart.AddDays(item.ReceivedDay);
        var escalated = item.Escalated && stage.Value >= ComplaintStage.Stage2.Value ? received.AddDays(item.EscalateAfter) : (DateTime?)null;
        var clock = escalated ?? received;
        DateTime? closed = item.Outcome is null ? null
            : item.CloseNearSixMonths ? Later(received.AddMonths(6).AddDays((item.CloseAfter % 7) - 3), clock)
            : clock.AddDays(item.CloseAfter);
        var complaint = Complaint.Create($"R-{i}", stream, stage, received, closed, item.Outcome);
        return item.Dated
            ? complaint.WithTimeline(ComplaintTimeline.Create(item.Acknowledged ? clock.AddDays(item.AcknowledgeAfter) : null, escalated, item.Extension,
                item.Reason ? "a reason" : null))
            : complaint;
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}
