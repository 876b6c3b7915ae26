using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Cli;

/// <summary>KPI results as text: one line per observation (the direction against the previous period, and "Year on":
/// against the same period a year earlier), then the rejected rows.</summary>
internal static class KpiReport
{
    public static void Write(KpiScoreReport report, IReadOnlyList<Rejection> problems, TextWriter output)
    {
        output.WriteLine($"  {"Indicator",-28} {"Period",-22} {"Value",9}  {"Band",-22} {"Movement",-10} {"Direction",-10} {"Year on",-10} {"Target",-12} Comparators");
        foreach (var r in report.Results)
        {
            var value = r.Observation.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
            var comparisons = string.Join("; ", r.Comparisons.Select(c => c.ToString()));
            output.WriteLine(Printable.OneLine($"  {Cut(r.Indicator.Code, 28),-28} {Cut(r.Observation.Period.Label, 22),-22} {value,9}  {Cut(r.Assignment.ToString(), 22),-22} {r.Movement.Name,-10} {r.Direction.Name,-10} {r.LongTermDirection.Name,-10} {r.Target.Name,-12} {comparisons}"));
        }

        var rejected = problems.Concat(report.Rejections).ToList();
        if (rejected.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Rejected rows ({rejected.Count}):");
            foreach (var rejection in rejected)
            {
                output.WriteLine("  " + Printable.OneLine(rejection.ToString()));
            }
        }
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text.Substring(0, width - 3) + "...";
}
