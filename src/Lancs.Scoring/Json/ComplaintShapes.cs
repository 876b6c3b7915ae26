using System.Globalization;
using System.Linq;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Json;

/// <summary>The complaints types in the JSON contract's shape.</summary>
internal static class ComplaintShapes
{
    public static ComplaintsReportJson Report(ComplaintsReport r) => new()
    {
        Year = string.Format(CultureInfo.InvariantCulture, "{0}/{1:00}", r.FinancialYear, (r.FinancialYear + 1) % 100),
        Stream = r.Stream.Name,
        Received = r.Received,
        ReceivedByStream = r.ReceivedByStream.OrderBy(p => p.Key.Value).ToDictionary(p => p.Key.Name, p => p.Value),
        Open = r.Open,
        ClosedWithOutcome = r.ClosedWithOutcome,
        Dated = r.Dated,
        Outcomes = r.Groups.Select(g => (Group: g, Share: r.ShareOf(g)))
            .Select(g => new OutcomeShareJson { Group = g.Group.Name, Count = g.Share.Count, Of = g.Share.Of, Percent = g.Share.Rounded }).ToList(),
        Stage0 = ShareJson.From(r.Stage0),
        TimescaleExceeded = ShareJson.From(r.TimescaleExceeded),
        DeadlineMissed = ShareJson.From(r.DeadlineMissed),
    };

    public static ComplaintFindingJson Finding(ComplaintFinding f) => new() { Reference = f.Complaint.Reference, Kind = f.Kind.Name, Text = f.Message };
}
