using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Engine;

namespace Lancs.Scoring.Testing;

/// <summary>The laws a complaints grouping must keep, as FsCheck properties a council's test calls with its own grouping:
/// <c>[Property] public Property Partition() => ComplaintLaws.OutcomeGroupsPartitionTheOutcomes(ourGrouping);</c>.</summary>
public static class ComplaintLaws
{
    /// <summary>Outcome groups partition the outcomes: every outcome the grouping allows a stream falls in exactly one group;
    /// and of a generated batch, every closed complaint is classified once, into its outcome's group, every open one is
    /// counted open, and nothing is rejected.</summary>
    /// <param name="grouping">The council's grouping.</param>
    /// <param name="classify">What to test; <see langword="null"/> for <see cref="ComplaintClassifier"/> with the grouping.</param>
    /// <returns>The property.</returns>
    public static Property OutcomeGroupsPartitionTheOutcomes(OutcomeGrouping grouping, Func<IEnumerable<Complaint>, ComplaintClassification>? classify = null)
    {
        var run = classify ?? new ComplaintClassifier(grouping).Classify;
        return Prop.ForAll(ComplaintArbitraries.BatchesFor(grouping), batch =>
        {
            foreach (var outcome in grouping.OutcomesOf(batch.Stream))
            {
                var groups = grouping.Entries.Where(e => e.Stream == batch.Stream && e.Outcome == outcome).Select(e => e.Group).Distinct().Count();
                if (!grouping.TryGroup(batch.Stream, outcome, out _) || groups != 1)
                {
                    return false.Label($"{batch.Stream} outcome {outcome} is in {groups} groups");
                }
            }

            var result = run(batch.Complaints);
            var closed = batch.Complaints.Where(c => !c.IsOpen).ToList();
            var misplaced = result.Classified.FirstOrDefault(c => !grouping.TryGroup(c.Complaint.Stream, c.Complaint.Outcome!, out var group) || !Equals(group, c.Group));
            return (result.Rejections.Count == 0
                    && result.Classified.Count == closed.Count
                    && result.Classified.Select(c => c.Complaint.Reference).Distinct().Count() == closed.Count
                    && result.Open.Count == batch.Complaints.Count - closed.Count
                    && misplaced is null)
                .Label($"{result.Classified.Count} classified of {closed.Count} closed, {result.Open.Count} open, {result.Rejections.Count} rejected" +
                    (misplaced is null ? string.Empty : $"; {misplaced.Complaint.Reference} in {misplaced.Group}"));
        });
    }

    /// <summary>The batch engine agrees with NRules: a generated batch classified in both runtimes gives the same groups,
    /// open complaints, report figures and shares, deadlines, findings and rejections.</summary>
    /// <param name="grouping">The council's grouping.</param>
    /// <returns>The property.</returns>
    public static Property BatchEngineAgreesWithNRules(OutcomeGrouping grouping)
    {
        var batch = new ComplaintClassifier(grouping, RuleRuntime.Batch);
        var nrules = new ComplaintClassifier(grouping, RuleRuntime.NRules);
        return Prop.ForAll(ComplaintArbitraries.BatchesFor(grouping), generated =>
        {
            var a = Describe(batch.Classify(generated.Complaints));
            var b = Describe(nrules.Classify(generated.Complaints));
            return a.SequenceEqual(b).Label(RegisterTranscript.FirstDifference(a, b));
        });
    }

    private static List<string> Describe(ComplaintClassification result) =>
        result.Classified.Select(c => $"{c.Complaint.Reference}|{c.Group}")
            .Concat(result.Open.Select(o => "open " + o.Reference))
            .Concat(result.Reports.Select(r => $"{r}: {string.Join(", ", r.Groups.Select(g => $"{g} {r.ShareOf(g)}"))}; " +
                $"own {r.OwnReceived}, stage 0 {r.Stage0}, exceeded {r.TimescaleExceeded}, dated {r.Dated}, missed {r.DeadlineMissed}"))
            .Concat(result.Deadlines.Select(d => d.ToString()))
            .Concat(result.Findings.Select(f => f.Message))
            .Concat(result.Rejections.Select(r => r.ToString()))
            .ToList();
}
