using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>Writes a <see cref="PolicyComparison"/> as text: entries entering or leaving the corporate register, register
/// changes, directions of travel and appetite zones that come out differently, and findings that appear or disappear.</summary>
internal static class DiffReport
{
    /// <summary>Writes the comparison, one section per kind of difference.</summary>
    public static void Write(PolicyComparison comparison, TextWriter output)
    {
        output.WriteLine($"{comparison.Before.Quarter}: {comparison.Before.Policy}  ->  {comparison.After.Policy}");
        TableReport.Section(output, "Entering the corporate register", comparison.Entering.Select(e => $"{e.Entry.Id,-6} {e.InclusionReason}"));
        TableReport.Section(output, "Leaving the corporate register", comparison.Leaving.Select(e => $"{e.Entry.Id,-6} {e.InclusionReason}"));
        TableReport.Section(output, "Register changes that differ", comparison.Changes.Select(d => $"{d.Id,-6} {Kinds(d.Before)} -> {Kinds(d.After)}"));
        TableReport.Section(output, "Directions of travel that differ", comparison.Directions.Select(d => $"{d.Id,-6} {d.Before?.Name ?? "-"} -> {d.After?.Name ?? "-"}"));
        if (comparison.Zones.Count > 0)
        {
            TableReport.Section(output, "Appetite zones that differ", comparison.Zones.Select(d => $"{d.Id,-6} {d.Before?.Name ?? "-"} -> {d.After?.Name ?? "-"}"));
        }

        TableReport.Section(output, "Findings that appear", comparison.FindingsAppearing.Select(f => f.ToString()));
        TableReport.Section(output, "Findings that disappear", comparison.FindingsDisappearing.Select(f => f.ToString()));
        if (comparison.OnlyBefore.Count + comparison.OnlyAfter.Count > 0)
        {
            TableReport.Section(output, "Scored under one policy only",
                comparison.OnlyBefore.Select(e => $"{e.Entry.Id,-6} only before").Concat(comparison.OnlyAfter.Select(e => $"{e.Entry.Id,-6} only after")));
        }

        output.WriteLine();
        output.WriteLine($"On the register: {comparison.Before.CorporateRegister.Count} before, {comparison.After.CorporateRegister.Count} after.");
    }

    private static string Kinds(IReadOnlyList<RegisterChangeKind> kinds) => kinds.Count == 0 ? "-" : string.Join(", ", kinds);
}
