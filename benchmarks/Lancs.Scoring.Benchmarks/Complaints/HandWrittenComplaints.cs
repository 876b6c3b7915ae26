using System;
using System.Collections.Generic;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Benchmarks.Complaints;

/// <summary>The complaint classification written by hand: the same validation and report tally as the classifier
/// (shared), with the rules' work (grouping lookup, open, Stage 0, timescale) done in one loop and a dictionary.</summary>
public sealed class HandWrittenComplaints
{
    private readonly OutcomeGrouping _grouping;
    private readonly Dictionary<(ComplaintStream, ComplaintOutcome), OutcomeGroup> _groups = new();

    /// <summary>Creates the baseline for a grouping.</summary>
    /// <param name="grouping">The grouping.</param>
    public HandWrittenComplaints(OutcomeGrouping grouping)
    {
        _grouping = grouping;
        foreach (var entry in grouping.Entries)
        {
            _groups[(entry.Stream, entry.Outcome)] = entry.Group;
        }
    }

    /// <summary>Classifies the complaints as <see cref="ComplaintClassifier.Classify"/> does.</summary>
    /// <param name="complaints">The complaints.</param>
    /// <returns>The classification.</returns>
    public ComplaintClassification Classify(IReadOnlyList<Complaint> complaints)
    {
        var rejections = new List<Rejection>();
        var valid = new List<Complaint>(complaints.Count);
        var classified = new List<ClassifiedComplaint>(complaints.Count);
        var marks = new List<ComplaintMark>();
        var open = new List<Complaint>();
        var references = new HashSet<string>(StringComparer.Ordinal);
        foreach (var complaint in complaints)
        {
            // The classifier's contract: a second complaint with a used reference is rejected, not counted twice. The
            // benchmark's complaints have none, but the baseline does the same work for the same results on any input.
            if (!references.Add(complaint.Reference))
            {
                rejections.Add(ComplaintClassifier.DuplicateReference(complaint));
                continue;
            }

            if (ComplaintClassifier.Validate(_grouping, complaint) is { } rejection)
            {
                rejections.Add(rejection);
                continue;
            }

            valid.Add(complaint);
            if (complaint.Outcome is { } outcome)
            {
                classified.Add(new ClassifiedComplaint(complaint, _groups[(complaint.Stream, outcome)]));
            }
        }

        // The rules yield marks rule by rule; the baseline does the same so that report tallies meet them in the same order.
        foreach (var complaint in valid)
        {
            if (complaint.Outcome is null)
            {
                marks.Add(new ComplaintMark(complaint, ComplaintMeasure.Open));
                open.Add(complaint);
            }
        }

        foreach (var complaint in valid)
        {
            if (complaint.Stage == ComplaintStage.Stage0 && complaint.Outcome is not null)
            {
                marks.Add(new ComplaintMark(complaint, ComplaintMeasure.Stage0));
            }
        }

        foreach (var complaint in valid)
        {
            if (complaint.ExceededTimescale)
            {
                marks.Add(new ComplaintMark(complaint, ComplaintMeasure.TimescaleExceeded));
            }
        }

        // The benchmark's complaints carry the exceeded-timescale flag, not dates: no deadline is worked out from dates.
        var deadlines = Array.Empty<DeadlineCheck>();
        return new ComplaintClassification(classified, open, ComplaintClassifier.Reports(valid, classified, marks, deadlines), rejections,
            deadlines, Array.Empty<ComplaintFinding>());
    }
}
