using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Complaints;

/// <summary>Counting the rules' classifications into each stream's figures.</summary>
public sealed partial class ComplaintClassifier
{
    /// <summary>Counts classified complaints and marks into each stream's figures per financial year.</summary>
    internal static List<ComplaintsReport> Reports(List<Complaint> complaints, IReadOnlyList<ClassifiedComplaint> classified, IReadOnlyList<ComplaintMark> marks,
        IReadOnlyList<DeadlineCheck> deadlines)
    {
        var tallies = new Dictionary<(int Year, ComplaintStream Stream), Tally>();
        Tally TallyOf(int year, ComplaintStream stream)
        {
            if (!tallies.TryGetValue((year, stream), out var tally))
            {
                tallies[(year, stream)] = tally = new Tally();
            }

            return tally;
        }

        // A joint complaint with the NHS counts in its own figures and within adult social care's (000:644): each loop below
        // walks the stream and the streams it is counted within (a plain loop, not an iterator per complaint).
        var missed = new HashSet<Complaint>(deadlines.Where(d => d.IsMissed).Select(d => d.Complaint));
        foreach (var complaint in complaints)
        {
            for (var stream = complaint.Stream; stream is not null; stream = stream.CountedWithin)
            {
                var tally = TallyOf(complaint.FinancialYear, stream);
                tally.Received++;
                tally.From[complaint.Stream] = tally.From.TryGetValue(complaint.Stream, out var n) ? n + 1 : 1;
                tally.Dated += complaint.IsDated ? 1 : 0;
                tally.DeadlineMissed += missed.Contains(complaint) ? 1 : 0;
            }
        }

        foreach (var c in classified)
        {
            for (var stream = c.Complaint.Stream; stream is not null; stream = stream.CountedWithin)
            {
                var tally = TallyOf(c.Complaint.FinancialYear, stream);
                tally.Groups[c.Group] = tally.Groups.TryGetValue(c.Group, out var n) ? n + 1 : 1;
            }
        }

        foreach (var mark in marks)
        {
            for (var stream = mark.Complaint.Stream; stream is not null; stream = stream.CountedWithin)
            {
                var tally = TallyOf(mark.Complaint.FinancialYear, stream);
                tally.Marks[mark.Measure] = tally.Marks.TryGetValue(mark.Measure, out var n) ? n + 1 : 1;
            }
        }

        return tallies
            .OrderBy(t => t.Key.Year).ThenBy(t => t.Key.Stream.Value)
            .Select(t => new ComplaintsReport(t.Key.Year, t.Key.Stream, t.Value.Received, t.Value.Count(ComplaintMeasure.Open),
                t.Value.Count(ComplaintMeasure.Stage0), t.Value.Count(ComplaintMeasure.TimescaleExceeded), t.Value.Groups)
            {
                ReceivedByStream = t.Value.From,
                Dated = t.Value.Dated,
                DeadlineMissed = new Share(t.Value.DeadlineMissed, t.Value.Dated),
            })
            .ToList();
    }

    /// <summary>Returns derived facts about complaints in the complaints' input order, then by <paramref name="then"/>; facts
    /// that tie keep the rules' order, which both runtimes share.</summary>
    private static List<T> InInputOrder<T>(List<Complaint> complaints, IReadOnlyList<T> facts, System.Func<T, Complaint> complaintOf, System.Func<T, int> then)
    {
        if (facts.Count == 0)
        {
            return new List<T>(); // no position table of every complaint for no facts
        }

        var position = new Dictionary<Complaint, int>(complaints.Count);
        for (var i = 0; i < complaints.Count; i++)
        {
            position[complaints[i]] = i;
        }

        return facts.OrderBy(f => position[complaintOf(f)]).ThenBy(then).ToList();
    }

    private sealed class Tally
    {
        public int Received { get; set; }

        public Dictionary<OutcomeGroup, int> Groups { get; } = new();

        public Dictionary<ComplaintMeasure, int> Marks { get; } = new();

        public Dictionary<ComplaintStream, int> From { get; } = new();

        public int Dated { get; set; }

        public int DeadlineMissed { get; set; }

        public int Count(ComplaintMeasure measure) => Marks.TryGetValue(measure, out var n) ? n : 0;
    }
}
