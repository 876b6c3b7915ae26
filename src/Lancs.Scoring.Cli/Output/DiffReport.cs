using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>What a policy change does to one register: entries entering or leaving the corporate register, register
/// changes and directions of travel that come out differently, and findings that appear or disappear.</summary>
internal static class DiffReport
{
    /// <summary>Compares two scorings of the same rows.</summary>
    public static PolicyDifferences Compare(RegisterResult before, RegisterResult after)
    {
        var was = before.CorporateRegister.Select(e => e.Entry.Id).ToHashSet();
        var now = after.CorporateRegister.Select(e => e.Entry.Id).ToHashSet();
        var oldFindings = before.Findings.Select(f => f.ToString()).ToList();
        var newFindings = after.Findings.Select(f => f.ToString()).ToList();
        var sections = new List<(string Title, string Key, IReadOnlyList<string> Lines)>
        {
            ("Entering the corporate register", "entering", after.CorporateRegister.Where(e => !was.Contains(e.Entry.Id)).Select(e => $"{e.Entry.Id,-6} {e.InclusionReason}").ToList()),
            ("Leaving the corporate register", "leaving", after.Entries.Where(e => was.Contains(e.Entry.Id) && !now.Contains(e.Entry.Id)).Select(e => $"{e.Entry.Id,-6} {e.InclusionReason}").ToList()),
            ("Register changes that differ", "changes", Changed(before.Changes, after.Changes).ToList()),
            ("Directions of travel that differ", "directions", before.Entries.Zip(after.Entries, (b, a) => (b, a))
                .Where(p => p.b.Direction != p.a.Direction)
                .Select(p => $"{p.b.Entry.Id,-6} {p.b.Direction?.Name ?? "-"} -> {p.a.Direction?.Name ?? "-"}").ToList()),
            ("Findings that appear", "findingsAppearing", newFindings.Except(oldFindings).ToList()),
            ("Findings that disappear", "findingsDisappearing", oldFindings.Except(newFindings).ToList()),
        };
        return new PolicyDifferences(before, after, sections);
    }

    /// <summary>Writes the differences as text.</summary>
    public static void Write(PolicyDifferences differences, TextWriter output)
    {
        output.WriteLine($"{differences.Before.Quarter}: {differences.Before.Policy}  ->  {differences.After.Policy}");
        foreach (var (title, _, lines) in differences.Sections)
        {
            TableReport.Section(output, title, lines);
        }

        output.WriteLine();
        output.WriteLine($"On the register: {differences.Before.CorporateRegister.Count} before, {differences.After.CorporateRegister.Count} after.");
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
