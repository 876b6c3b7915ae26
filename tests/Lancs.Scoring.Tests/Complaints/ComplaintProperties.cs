using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Tests.Complaints;

/// <summary>A random batch of one stream's 2016/17 complaints, every outcome one the stream allows.</summary>
public sealed record RandomComplaints(ComplaintStream Stream, IReadOnlyList<ComplaintOutcome?> Outcomes)
{
    public IReadOnlyList<Complaint> Complaints => Outcomes.Select((o, i) => Make(Stream, i, o)).ToList();

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

    public override string ToString() => $"{Stream}: {string.Join(", ", Outcomes.Select(o => o?.Name ?? "open"))}";
}

public static class ComplaintArbitraries
{
    public static Arbitrary<RandomComplaints> Batches() =>
        (from stream in Gen.Elements(ComplaintStream.List.ToArray())
         from outcomes in Gen.ListOf(Gen.Elements(OutcomeGrouping.Default.OutcomesOf(stream).Cast<ComplaintOutcome?>().Append(null).ToArray()))
         select new RandomComplaints(stream, outcomes.Take(40).ToList()))
        .ToArbitrary();
}

/// <summary>The laws of the annual report's arithmetic.</summary>
[Properties(MaxTest = 1000, Arbitrary = new[] { typeof(ComplaintArbitraries) })]
public sealed class ComplaintProperties
{
    private static readonly ComplaintClassifier Classifier = new();
    private static readonly ComplaintClassifier InNRules = new(null, Lancs.Scoring.Engine.RuleRuntime.NRules);

    [Property]
    public bool Classify_BatchEngineAndNRulesSession_Agree(RandomComplaints batch)
    {
        static IEnumerable<string> Describe(ComplaintClassification result) =>
            result.Classified.Select(c => $"{c.Complaint.Reference}|{c.Group}")
                .Concat(result.Open.Select(o => "open " + o.Reference))
                .Concat(result.Reports.Select(r => $"{r}: {string.Join(", ", r.Groups.Select(g => $"{g} {r.ShareOf(g)}"))}"))
                .Concat(result.Rejections.Select(r => r.ToString()));

        return Describe(Classifier.Classify(batch.Complaints)).SequenceEqual(Describe(InNRules.Classify(batch.Complaints)));
    }

    [Property]
    public bool Groups_PartitionEachStreamsOutcomes(RandomComplaints batch)
    {
        var result = Classifier.Classify(batch.Complaints);
        var closed = batch.Complaints.Where(c => !c.IsOpen).ToList();

        // Every closed complaint is in exactly one group, every open one in none, and nothing is rejected.
        return result.Rejections.Count == 0
            && result.Classified.Count == closed.Count
            && result.Classified.Select(c => c.Complaint).Distinct().Count() == closed.Count
            && result.Open.Count == batch.Complaints.Count - closed.Count;
    }

    [Property]
    public bool Shares_AddUpTo100WithinRounding(RandomComplaints batch)
    {
        var report = Classifier.Classify(batch.Complaints).ReportFor(2016, batch.Stream);
        if (report is null || report.ClosedWithOutcome == 0)
        {
            return batch.Complaints.All(c => c.IsOpen);
        }

        var shares = report.Groups.Select(report.ShareOf).ToList();
        var exact = shares.Sum(s => s.Percent);
        var rounded = shares.Sum(s => s.Rounded);
        return Math.Abs(exact - 100m) < 0.000001m && Math.Abs(rounded - 100) <= shares.Count / 2.0;
    }

    [Property]
    public bool AddingAJustifiedComplaint_NeverLowersTheJustifiedShare(RandomComplaints batch)
    {
        var upheld = OutcomeGrouping.Default.TryGroup(batch.Stream, ComplaintOutcome.Upheld, out var group) ? group! : null;
        if (upheld is null)
        {
            return true;
        }

        var before = Classifier.Classify(batch.Complaints).ReportFor(2016, batch.Stream)?.ShareOf(upheld).Percent ?? 0m;
        var more = batch.Complaints.Append(RandomComplaints.Make(batch.Stream, batch.Complaints.Count, ComplaintOutcome.Upheld));
        var after = Classifier.Classify(more).ReportFor(2016, batch.Stream)!.ShareOf(upheld).Percent;
        return after >= before;
    }
}
