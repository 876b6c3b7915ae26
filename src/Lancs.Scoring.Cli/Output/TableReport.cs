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
        WriteEntries(result.CorporateRegister, result.Policy, output);
        var off = 0;
        foreach (var entry in result.Entries)
        {
            off += entry.IsOnCorporateRegister ? 0 : 1;
        }

        if (off > 0)
        {
            output.WriteLine();
            output.WriteLine($"Not on the corporate register ({off}):");
            foreach (var entry in result.Entries)
            {
                if (!entry.IsOnCorporateRegister)
                {
                    WriteIdColumn(output, entry.Entry.Id);
                    output.WriteLine(Printable.OneLine(entry.InclusionReason));
                }
            }
        }

        Section(output, "Changes since the previous register", result.Changes, c => c.ToString());
        Section(output, "Findings", result.Findings, f => f.ToString());
        Section(output, "Rejected rows", problems.Concat(result.Rejections).Select(r => r.ToString()));
        // One map per kind and score, so that an opportunity's Outstanding is never counted as a risk's Catastrophic.
        foreach (var map in result.HeatMaps.All.Where(m => m.Total > 0))
        {
            output.WriteLine();
            output.WriteLine(Printable.Escape(map.Render()));
        }
    }

    public static void WriteExplanation(EntryResult entry, TextWriter output)
    {
        output.WriteLine(Printable.OneLine($"{entry.Entry.Id} ({entry.Entry.Quarter}): {entry.Entry.Description}"));
        output.WriteLine(Printable.OneLine($"  {(entry.IsOnCorporateRegister ? "ON" : "NOT ON")} the corporate register: {entry.InclusionReason}"));
        output.WriteLine(Printable.OneLine($"  Direction of travel: {entry.Direction?.Name ?? "(no previous register given)"}; stated by the owner: {Stated(entry)}"));
        output.WriteLine(Printable.OneLine("  Scores: " + Scores(entry)));
        output.WriteLine("  Rule by rule:");
        foreach (var sentence in entry.Explanation)
        {
            output.WriteLine("  - " + Printable.OneLine(sentence));
        }
    }

    private static void WriteEntries(IReadOnlyList<EntryResult> entries, ScoringPolicy policy, TextWriter output)
    {
        // The target and zone columns appear only when the register gives targets or the policy has zones.
        var targets = entries.Any(e => e.Target is not null);
        var zones = policy.Appetite.HasZones;
        output.WriteLine($"  {"ID",-6} {"Inherent",8} {"Residual",8}{(targets ? $" {"Target",8}" : string.Empty)}{(zones ? $"  {"Zone",-10}" : string.Empty)}  {"Direction",-9}  {"Stated",-11}  Description");
        foreach (var e in entries)
        {
            // Plain text keeps one line per entry; the terminal table (TerminalTables) wraps the description in full.
            var firstLine = e.Entry.Description.IndexOf('\n');
            var description = Printable.Escape(firstLine < 0 ? e.Entry.Description : e.Entry.Description.Substring(0, firstLine));
            description = description.Length > 70 ? description.Substring(0, 67) + "..." : description;
            var target = targets ? $" {(e.Target?.Value.ToString() ?? "-"),8}" : string.Empty;
            var zone = zones ? $"  {e.AppetiteZone?.Name ?? "-",-10}" : string.Empty;
            output.WriteLine($"  {Printable.Escape(e.Entry.Id.ToString()),-6} {e.Inherent.Value,8} {(e.Residual?.Value.ToString() ?? "-"),8}{target}{zone}  {e.Direction?.Name ?? "-",-9}  {Stated(e),-11}  {description}");
        }
    }

    /// <summary>"inherent 12 (Moderate x Likely), residual 20 (Outstanding x Likely), target 16; appetite zone: high", with the
    /// kind's labels; the zone only when the residual lies in one.</summary>
    private static string Scores(EntryResult entry)
    {
        var kind = entry.Entry.Kind;
        var scores = new List<string> { "inherent " + Cell(entry.Entry.Inherent, kind) };
        scores.Add(entry.Entry.Residual is { } residual ? "residual " + Cell(residual, kind) : "no residual");
        if (entry.Entry.Target is { } target)
        {
            scores.Add("target " + Cell(target, kind));
        }

        var text = string.Join(", ", scores);
        return entry.AppetiteZone is { } zone ? text + "; appetite zone: " + zone.Name : text;
    }

    /// <summary>"20 (Outstanding x Likely)" for a known cell, with the kind's impact label; "20" for a bare score.</summary>
    public static string Cell(Assessment assessment, RegisterKind kind) => assessment.Impact is { } impact && assessment.Likelihood is { } likelihood
        ? $"{assessment.Score} ({impact.LabelFor(kind)} x {likelihood.Name})"
        : assessment.Score.ToString();

    public static string Stated(EntryResult entry) =>
        entry.Stated.Normalised?.Name ?? (entry.Stated.Raw.Length == 0 ? "(blank)" : "(narrative)");

    /// <summary>Writes a titled list of <paramref name="items"/>, one line each, or nothing when there are none: as
    /// <see cref="Section(TextWriter, string, IEnumerable{string})"/> writes them, without holding every line at once
    /// (a 1,000,000-entry register has about as many findings).</summary>
    public static void Section<T>(TextWriter output, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{title} ({items.Count}):");
        for (var i = 0; i < items.Count; i++)
        {
            output.Write("  ");
            output.WriteLine(Printable.OneLine(line(items[i])));
        }
    }

    /// <summary>Writes "  ID     " (the id left-aligned in six characters, then a space) as
    /// <c>Printable.OneLine($"  {id,-6} ")</c> would, without making that string when the id needs no escaping.</summary>
    private static void WriteIdColumn(TextWriter output, EntryId id)
    {
        var raw = id.ToString();
        if (raw.IndexOf('\r') >= 0 || raw.IndexOf('\n') >= 0 || Printable.Escape(raw) != raw)
        {
            output.Write(Printable.OneLine($"  {id,-6} "));
            return;
        }

        output.Write("  ");
        output.Write(raw);
        for (var pad = raw.Length; pad < 6; pad++)
        {
            output.Write(' ');
        }

        output.Write(' ');
    }

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
            output.WriteLine("  " + Printable.OneLine(line));
        }

        return list;
    }
}
