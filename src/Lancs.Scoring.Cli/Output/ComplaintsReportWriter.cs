using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Cli;

/// <summary>Each stream's figures as text, with the denominators the annual report uses.</summary>
internal static class ComplaintsReportWriter
{
    // timescales: the deadlines the complaints were judged against; the statutory timescale line is left out for a stream
    // judged wholly from its dates that has no statutory timescale (corporate complaints).
    public static void Write(ComplaintClassification result, IReadOnlyList<Rejection> problems, TextWriter output, ComplaintTimescales? timescales = null)
    {
        timescales ??= ComplaintTimescales.Default;
        foreach (var report in result.Reports)
        {
            if (!report.HasOwnComplaints)
            {
                // Honest totals: a stream whose file holds only a part counted within it is never printed as the whole (issue 16).
                output.WriteLine($"{report.FinancialYear}/{(report.FinancialYear + 1) % 100:00} {report.Stream.Label}: none of its own complaints are in this file");
                output.WriteLine($"  it holds only {Included(report)}, which count within {report.Stream.Label} and have their own figures below;");
                output.WriteLine($"  no {report.Stream.Label} total or share can be given from this file");
                output.WriteLine();
                continue;
            }

            var including = report.IncludedStreams.Count == 0 ? string.Empty
                : " (" + string.Join(", ", report.IncludedStreams.Select(s => $"{report.ReceivedByStream[s]} of them {s.Label}")) + ")";
            output.WriteLine($"{report.FinancialYear}/{(report.FinancialYear + 1) % 100:00} {report.Stream.Label}: {report.Received} received, " +
                $"{report.ClosedWithOutcome} closed with an outcome, {report.Open} open{including}");
            foreach (var group in report.Groups)
            {
                output.WriteLine($"  {group.Label,-40} {report.ShareOf(group)}  (of those closed with an outcome)");
            }

            if (!report.Stream.IsOmbudsman)
            {
                output.WriteLine($"  {"resolved at Stage 0",-40} {report.Stage0}  (of those received)");
                if (report.Dated < report.Received || timescales.Entries.Any(t => t.Stream == report.Stream && t.IsStatutory))
                {
                    output.WriteLine($"  {"exceeded the statutory timescale",-40} {report.TimescaleExceeded}  (of those received{Judged(report)})");
                }

                if (report.Dated > 0)
                {
                    output.WriteLine($"  {"missed a deadline",-40} {report.DeadlineMissed}  (of those with dates)");
                }
            }

            output.WriteLine();
        }

        if (result.Findings.Count > 0)
        {
            output.WriteLine($"Deadlines and extensions to look at ({result.Findings.Count}):");
            foreach (var finding in result.Findings)
            {
                output.WriteLine("  " + Printable.OneLine(finding.Message));
            }

            output.WriteLine();
        }

        var rejected = problems.Concat(result.Rejections).ToList();
        if (rejected.Count > 0)
        {
            output.WriteLine($"Rejected rows ({rejected.Count}):");
            foreach (var rejection in rejected)
            {
                output.WriteLine("  " + Printable.OneLine(rejection.ToString()));
            }
        }
    }

    private static string Included(ComplaintsReport report) =>
        string.Join(" and ", report.IncludedStreams.Select(s => $"the {s.Label} ({report.ReceivedByStream[s]})"));

    private static string Judged(ComplaintsReport report) =>
        report.Dated == 0 ? string.Empty
        : report.Dated == report.Received ? "; judged from their dates"
        : $"; {report.Dated} judged from their dates, {report.Received - report.Dated} from the record's flag";
}
