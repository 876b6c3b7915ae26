using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>What a policy change does to one register: entries entering or leaving the corporate register, register
/// changes and directions of travel that come out differently, and findings that appear or disappear.</summary>
internal static class DiffReport
{
    /// <summary>Writes the differences between two scorings of the same rows; returns whether there were any.</summary>
    public static bool Write(RegisterResult before, RegisterResult after, TextWriter output)
    {
        output.WriteLine($"{before.Quarter}: {before.Policy}  ->  {after.Policy}");
        var was = before.CorporateRegister.Select(e => e.Entry.Id).ToHashSet();
        var now = after.CorporateRegister.Select(e => e.Entry.Id).ToHashSet();
        var lines = new List<string>();
        lines.AddRange(TableReport.Section(output, "Entering the corporate register",
            after.CorporateRegister.Where(e => !was.Contains(e.Entry.Id)).Select(e => $"{e.Entry.Id,-6} {e.InclusionReason}")));
        lines.AddRange(TableReport.Section(output, "Leaving the corporate register",
            after.Entries.Where(e => was.Contains(e.Entry.Id) && !now.Contains(e.Entry.Id)).Select(e => $"{e.Entry.Id,-6} {e.InclusionReason}")));
        lines.AddRange(TableReport.Section(output, "Register changes that differ", Changed(before.Changes, after.Changes)));
        lines.AddRange(TableReport.Section(output, "Directions of travel that differ", before.Entries.Zip(after.Entries, (b, a) => (b, a))
            .Where(p => p.b.Direction != p.a.Direction)
            .Select(p => $"{p.b.Entry.Id,-6} {p.b.Direction?.Name ?? "-"} -> {p.a.Direction?.Name ?? "-"}")));
        var oldFindings = before.Findings.Select(f => f.ToString()).ToList();
        var newFindings = after.Findings.Select(f => f.ToString()).ToList();
        lines.AddRange(TableReport.Section(output, "Findings that appear", newFindings.Except(oldFindings)));
        lines.AddRange(TableReport.Section(output, "Findings that disappear", oldFindings.Except(newFindings)));
        output.WriteLine();
        output.WriteLine($"On the register: {before.CorporateRegister.Count} before, {after.CorporateRegister.Count} after.");
        return lines.Count > 0;
    }

    private static IEnumerable<string> Changed(IReadOnlyList<RegisterChange> before, IReadOnlyList<RegisterChange> after)
    {
        var old = before.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(c => c.Kind)));
        var now = after.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(c => c.Kind)));
        foreach (var id in old.Keys.Concat(now.Keys.Where(k => !old.ContainsKey(k))))
        {
            var was = old.TryGetValue(id, out var kind) ? kind : "-";
            var becomes = now.TryGetValue(id, out var newKind) ? newKind : "-";
            if (was != becomes)
            {
                yield return $"{id,-6} {was} -> {becomes}";
            }
        }
    }
}
