using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Testing;

namespace Lancs.Scoring.Tests.Complaints;

/// <summary>The laws of the annual report's arithmetic.</summary>
[Properties(MaxTest = 1000, Arbitrary = new[] { typeof(ComplaintArbitraries) })]
public sealed class ComplaintProperties
{
    private static readonly ComplaintClassifier Classifier = new();
    private static readonly ComplaintClassifier InNRules = new(null, Lancs.Scoring.Engine.RuleRuntime.NRules);

    [Property]
    public bool Classify_BatchEngineAndNRulesSession_Agree(GeneratedComplaints batch)
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
    public bool Groups_PartitionEachStreamsOutcomes(GeneratedComplaints batch)
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
    public bool Shares_AddUpTo100WithinRounding(GeneratedComplaints batch)
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
    public bool AddingAJustifiedComplaint_NeverLowersTheJustifiedShare(GeneratedComplaints batch)
    {
        var upheld = OutcomeGrouping.Default.TryGroup(batch.Stream, ComplaintOutcome.Upheld, out var group) ? group! : null;
        if (upheld is null)
        {
            return true;
        }

        var before = Classifier.Classify(batch.Complaints).ReportFor(2016, batch.Stream)?.ShareOf(upheld).Percent ?? 0m;
        var more = batch.Complaints.Append(GeneratedComplaints.Make(batch.Stream, batch.Complaints.Count, ComplaintOutcome.Upheld));
        var after = Classifier.Classify(more).ReportFor(2016, batch.Stream)!.ShareOf(upheld).Percent;
        return after >= before;
    }
}
