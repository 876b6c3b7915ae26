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
        // One plain 64-bit key per year and stream: a tuple key holding a class is hashed and compared through shared generic
        // code, several times per complaint of a million.
        var tallies = new Dictionary<long, Tally>();
        Tally TallyOf(int year, ComplaintStream stream)
        {
            var key = ((long)year << 32) | (uint)stream.Value;
            if (!tallies.TryGetValue(key, out var tally))
            {
                tallies[key] = tally = new Tally(year, stream);
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

        return tallies.Values
            .OrderBy(t => t.Year).ThenBy(t => t.Stream.Value)
            .Select(t => new ComplaintsReport(t.Year, t.Stream, t.Received, t.Count(ComplaintMeasure.Open),
                t.Count(ComplaintMeasure.Stage0), t.Count(ComplaintMeasure.TimescaleExceeded), t.Groups)
            {
                ReceivedByStream = t.From,
                Dated = t.Dated,
                DeadlineMissed = new Share(t.DeadlineMissed, t.Dated),
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
        public Tally(int year, ComplaintStream stream)
        {
            Year = year;
            Stream = stream;
        }

        public int Year { get; }

        public ComplaintStream Stream { get; }

        public int Received { get; set; }

        public Dictionary<OutcomeGroup, int> Groups { get; } = new();

        public Dictionary<ComplaintMeasure, int> Marks { get; } = new();

        public Dictionary<ComplaintStream, int> From { get; } = new();

        public int Dated { get; set; }

        public int DeadlineMissed { get; set; }

        public int Count(ComplaintMeasure measure) => Marks.TryGetValue(measure, out var n) ? n : 0;
    }
}
