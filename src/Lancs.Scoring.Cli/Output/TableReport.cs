using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>The register as text for a person: the corporate register, what left it, changes, findings, rejections, heat maps.</summary>
internal static class TableReport
{
    public static void Write(RegisterResult result, IReadOnlyList<Rejection> problems, TextWriter output)
    {
        output.WriteLine($"Corporate risk and opportunity register, {result.Quarter} ({result.Policy})");
        output.WriteLine();
        WriteEntries(result.CorporateRegister, output);
        var off = result.Entries.Where(e => !e.IsOnCorporateRegister).ToList();
        if (off.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Not on the corporate register ({off.Count}):");
            foreach (var entry in off)
            {
                output.WriteLine($"  {entry.Entry.Id,-6} {entry.InclusionReason}");
            }
        }

        Section(output, "Changes since the previous register", result.Changes.Select(c => c.ToString()));
        Section(output, "Findings", result.Findings.Select(f => f.ToString()));
        Section(output, "Rejected rows", problems.Concat(result.Rejections).Select(r => r.ToString()));
        output.WriteLine();
        output.WriteLine("Heat map of inherent scores:");
        output.WriteLine(result.InherentHeatMap.Render());
        output.WriteLine("Heat map of residual scores:");
        output.WriteLine(result.ResidualHeatMap.Render());
    }

    public static void WriteExplanation(EntryResult entry, TextWriter output)
    {
        output.WriteLine($"{entry.Entry.Id} ({entry.Entry.Quarter}): {entry.Entry.Description}");
        output.WriteLine($"  {(entry.IsOnCorporateRegister ? "ON" : "NOT ON")} the corporate register: {entry.InclusionReason}");
        output.WriteLine($"  Direction of travel: {entry.Direction?.Name ?? "(no previous register given)"}; stated by the owner: {Stated(entry)}");
        output.WriteLine("  Rule by rule:");
        foreach (var sentence in entry.Explanation)
        {
            output.WriteLine("  - " + sentence);
        }
    }

    private static void WriteEntries(IReadOnlyList<EntryResult> entries, TextWriter output)
    {
        output.WriteLine($"  {"ID",-6} {"Inherent",8} {"Residual",8}  {"Direction",-9}  {"Stated",-11}  Description");
        foreach (var e in entries)
        {
            var description = e.Entry.Description.Split('\n')[0];
            description = description.Length > 70 ? description.Substring(0, 67) + "..." : description;
            output.WriteLine($"  {e.Entry.Id,-6} {e.Inherent.Value,8} {(e.Residual?.Value.ToString() ?? "-"),8}  {e.Direction?.Name ?? "-",-9}  {Stated(e),-11}  {description}");
        }
    }

    private static string Stated(EntryResult entry) =>
        entry.Stated.Normalised?.Name ?? (entry.Stated.Raw.Length == 0 ? "(blank)" : "(narrative)");

    /// <summary>Writes a titled list, or nothing when it is empty; returns the lines written.</summary>
    public static List<string> Section(TextWriter output, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return list;
        }

        output.WriteLine();
        output.WriteLine($"{title} ({list.Count}):");
        foreach (var line in list)
        {
            output.WriteLine("  " + line.Replace(Environment.NewLine, " ").Replace("\n", " "));
        }

        return list;
    }
}
