using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Tests.Complaints;

/// <summary>One random complaint of a batch: its outcome, stage, dates and extension. About two in three are given with dates
/// (a timeline), consistent ones, so that nothing is rejected; responses fall near the 6-month and working-day deadlines.</summary>
public sealed record RandomComplaint(ComplaintOutcome? Outcome, int StageIndex, int ReceivedDay, bool Dated, int EscalateAfter, bool Escalated,
    int AcknowledgeAfter, bool Acknowledged, int CloseAfter, bool CloseNearSixMonths, int Extension, bool Reason);

/// <summary>A random batch of one stream's 2016/17 complaints, every outcome and stage one the stream allows.</summary>
public sealed record RandomComplaints(ComplaintStream Stream, IReadOnlyList<RandomComplaint> Items)
{
    private static readonly DateTime YearStart = new(2016, 4, 1);

    public IReadOnlyList<ComplaintOutcome?> Outcomes => Items.Select(i => i.Outcome).ToList();

    public IReadOnlyList<Complaint> Complaints => Items.Select((item, i) => Make(Stream, i, item)).ToList();

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

    private static Complaint Make(ComplaintStream stream, int i, RandomComplaint item)
    {
        var stages = ComplaintStage.List.Where(s => OutcomeGrouping.Default.AllowsStage(stream, s)).OrderBy(s => s.Value).ToList();
        var stage = stages[item.StageIndex % stages.Count];
        var received = YearStart.AddDays(item.ReceivedDay);
        var escalated = item.Escalated && stage.Value >= ComplaintStage.Stage2.Value ? received.AddDays(item.EscalateAfter) : (DateTime?)null;
        var clock = escalated ?? received;
        DateTime? closed = item.Outcome is null ? null
            : item.CloseNearSixMonths ? Later(received.AddMonths(6).AddDays(item.CloseAfter % 7 - 3), clock)
            : clock.AddDays(item.CloseAfter);
        var complaint = Complaint.Create($"R-{i}", stream, stage, received, closed, item.Outcome);
        return item.Dated
            ? complaint.WithTimeline(ComplaintTimeline.Create(item.Acknowledged ? clock.AddDays(item.AcknowledgeAfter) : null, escalated, item.Extension,
                item.Reason ? "a reason" : null))
            : complaint;
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    public override string ToString() => $"{Stream}: {string.Join(", ", Complaints.Select(c => $"{c} {c.Received:yyyy-MM-dd}..{c.Closed:yyyy-MM-dd} {c.Timeline}"))}";
}

public static class ComplaintArbitraries
{
    public static Arbitrary<RandomComplaints> Batches() =>
        (from stream in Gen.Elements(ComplaintStream.List.ToArray())
         from items in Gen.ListOf(Item(stream))
         select new RandomComplaints(stream, items.Take(40).ToList()))
        .ToArbitrary();

    private static Gen<RandomComplaint> Item(ComplaintStream stream) =>
        from outcome in Gen.Elements(OutcomeGrouping.Default.OutcomesOf(stream).Cast<ComplaintOutcome?>().Append(null).ToArray())
        from stage in Gen.Choose(0, 3)
        from received in Gen.Choose(0, 364)
        from dated in Gen.Elements(true, true, false)
        from escalateAfter in Gen.Choose(0, 60)
        from escalated in Gen.Elements(true, true, true, false)
        from acknowledgeAfter in Gen.Choose(0, 9)
        from acknowledged in Gen.Elements(true, true, false)
        from closeAfter in Gen.Choose(0, 40)
        from nearSixMonths in Gen.Elements(true, false, false)
        from extension in Gen.Elements(0, 0, 0, 5, 10, 15)
        from reason in Gen.Elements(true, false)
        select new RandomComplaint(outcome, stage, received, dated, escalateAfter, escalated, acknowledgeAfter, acknowledged, closeAfter, nearSixMonths, extension, reason);
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
                .Concat(result.Reports.Select(r => $"{r}: {string.Join(", ", r.Groups.Select(g => $"{g} {r.ShareOf(g)}"))}; " +
                    $"own {r.OwnReceived}, stage 0 {r.Stage0}, exceeded {r.TimescaleExceeded}, dated {r.Dated}, missed {r.DeadlineMissed}"))
                .Concat(result.Deadlines.Select(d => d.ToString()))
                .Concat(result.Findings.Select(f => f.Message))
                .Concat(result.Rejections.Select(r => r.ToString()));

        return Describe(Classifier.Classify(batch.Complaints)).SequenceEqual(Describe(InNRules.Classify(batch.Complaints)));
    }

    [Xunit.Fact]
    public void Batches_ExerciseEveryTimescaleRule()
    {
        // Not a law: keeps the generator honest, so that the agreement above covers every outcome of every timescale rule.
        var results = ComplaintArbitraries.Batches().Generator.Sample(30, 300).Select(b => Classifier.Classify(b.Complaints)).ToList();

        var seen = results.SelectMany(r => r.Deadlines.Select(d => d.Status.Name).Concat(r.Findings.Select(f => f.Kind.Name))).ToHashSet();
        Xunit.Assert.Superset(DeadlineStatus.List.Select(s => s.Name).Concat(ComplaintFindingKind.List.Select(k => k.Name)).ToHashSet(), seen);
        Xunit.Assert.Contains(results, r => r.Reports.Any(p => p.TimescaleExceeded.Count > 0 && p.Dated > 0));
        Xunit.Assert.All(results, r => Xunit.Assert.Empty(r.Rejections));
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
