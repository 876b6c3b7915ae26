using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Cli;

/// <summary>Each stream's figures as text, with the denominators the annual report uses.</summary>
internal static class ComplaintsReportWriter
{
    public static void Write(ComplaintClassification result, IReadOnlyList<Rejection> problems, TextWriter output)
    {
        foreach (var report in result.Reports)
        {
            output.WriteLine($"{report.FinancialYear}/{(report.FinancialYear + 1) % 100:00} {report.Stream.Label}: {report.Received} received, " +
                $"{report.ClosedWithOutcome} closed with an outcome, {report.Open} open");
            foreach (var group in report.Groups)
            {
                output.WriteLine($"  {group.Label,-40} {report.ShareOf(group)}  (of those closed with an outcome)");
            }

            if (!report.Stream.IsOmbudsman)
            {
                output.WriteLine($"  {"resolved at Stage 0",-40} {report.Stage0}  (of those received)");
                output.WriteLine($"  {"exceeded the statutory timescale",-40} {report.TimescaleExceeded}  (of those received)");
            }

            output.WriteLine();
        }

        var rejected = problems.Concat(result.Rejections).ToList();
        if (rejected.Count > 0)
        {
            output.WriteLine($"Rejected rows ({rejected.Count}):");
            foreach (var rejection in rejected)
            {
                output.WriteLine("  " + rejection);
            }
        }
    }
}
