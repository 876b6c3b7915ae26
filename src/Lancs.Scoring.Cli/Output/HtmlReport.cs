using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>The committee report: one self-contained HTML page (inline CSS, inline SVG heat maps, no script, nothing
/// fetched: its Content-Security-Policy forbids it) with the corporate register, what is not on it, the changes, the
/// findings, the rejected rows and the heat maps of risks and opportunities apart. Every value is HTML-escaped.</summary>
internal static class HtmlReport
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    private const string Style = """
        body { font-family: "Segoe UI", Arial, sans-serif; margin: 24px; color: #1a1a1a; max-width: 1200px; }
        h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 28px; border-bottom: 2px solid #004f9f; }
        h3 { font-size: 15px; margin: 16px 0 4px; }
        .policy { color: #555; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        th, td { border: 1px solid #c8c8c8; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #004f9f; color: #ffffff; } td.n { text-align: right; white-space: nowrap; }
        td.text { white-space: pre-wrap; } td.flagged { background: #fff4e5; font-weight: bold; }
        .finding { background: #fff4e5; border-left: 4px solid #e65100; padding: 4px 8px; margin: 4px 0; }
        .rejection { background: #fdecea; border-left: 4px solid #c62828; padding: 4px 8px; margin: 4px 0; }
        .maps { display: flex; flex-wrap: wrap; gap: 24px; }
        .none { color: #555; font-style: italic; }
        """;

    public static void Write(RegisterResult result, IReadOnlyList<Rejection> problems, TextWriter output)
    {
        var title = $"Corporate risk and opportunity register, {result.Quarter}";
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en-GB\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>{E(title)}</title>");
        output.WriteLine("<style>" + Style + "</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine($"<h1>{E(title)}</h1>");
        output.WriteLine($"<p class=\"policy\">{E(result.Policy.ToString())}</p>");

        output.WriteLine($"<h2 id=\"register\">On the corporate register ({result.CorporateRegister.Count})</h2>");
        WriteEntries(result.CorporateRegister, result.Policy, output);
        var off = result.Entries.Where(e => !e.IsOnCorporateRegister).ToList();
        if (off.Count > 0)
        {
            output.WriteLine($"<h2 id=\"off-register\">Not on the corporate register ({off.Count})</h2>");
            output.WriteLine("<table><thead><tr><th>ID</th><th>Why not</th><th>Description</th></tr></thead><tbody>");
            foreach (var e in off)
            {
                output.WriteLine($"<tr><td>{E(e.Entry.Id.Raw)}</td><td>{E(e.InclusionReason)}</td><td class=\"text\">{E(e.Entry.Description)}</td></tr>");
            }

            output.WriteLine("</tbody></table>");
        }

        List("changes", "Changes since the previous register", result.Changes.Select(c => c.ToString()), "change", output);
        List("findings", "Findings", result.Findings.Select(f => f.ToString()), "finding", output);
        List("rejections", "Rejected rows", problems.Concat(result.Rejections).Select(r => r.ToString()), "rejection", output);

        output.WriteLine("<h2 id=\"heat-maps\">Heat maps</h2>");
        output.WriteLine(result.Policy.Appetite.HasZones
            ? "<p>Cells are coloured by the policy's appetite zones.</p>"
            : "<p>The policy has no appetite zones: cells are coloured by score, green 1-6, amber 8-12, red 15-25.</p>");
        foreach (var kind in new[] { RegisterKind.Risk, RegisterKind.Opportunity })
        {
            var maps = result.HeatMaps.All.Where(m => m.Kind == kind && m.Total > 0).ToList();
            output.WriteLine($"<h3>{(kind == RegisterKind.Opportunity ? "Opportunities" : "Risks")}</h3>");
            if (maps.Count == 0)
            {
                output.WriteLine("<p class=\"none\">None in this register.</p>");
                continue;
            }

            output.WriteLine("<div class=\"maps\">");
            foreach (var map in maps)
            {
                HeatMapSvg.WriteMap(map, result.Policy.Appetite, output);
            }

            output.WriteLine("</div>");
        }

        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteEntries(IReadOnlyList<EntryResult> entries, ScoringPolicy policy, TextWriter output)
    {
        if (entries.Count == 0)
        {
            output.WriteLine("<p class=\"none\">No entry is on the corporate register.</p>");
            return;
        }

        var targets = entries.Any(e => e.Target is not null);
        var zones = policy.Appetite.HasZones;
        output.WriteLine("<table><thead><tr><th>ID</th><th>Description</th><th>Inherent</th><th>Residual</th>" + (targets ? "<th>Target</th>" : string.Empty) +
            (zones ? "<th>Zone</th>" : string.Empty) + "<th>Direction</th><th>Stated by the owner</th><th>Owner</th><th>Findings</th></tr></thead><tbody>");
        foreach (var e in entries)
        {
            output.Write($"<tr data-id=\"{E(e.Entry.Id.Raw)}\"><td>{E(e.Entry.Id.Raw)}</td><td class=\"text\">{E(e.Entry.Description)}</td>" +
                $"<td class=\"n\">{e.Inherent.Value}</td><td class=\"n\">{E(e.Residual?.Value.ToString() ?? "-")}</td>");
            if (targets)
            {
                output.Write($"<td class=\"n\">{E(e.Target?.Value.ToString() ?? "-")}</td>");
            }

            if (zones)
            {
                output.Write($"<td>{E(e.AppetiteZone?.Name ?? "-")}</td>");
            }

            output.WriteLine($"<td>{E(e.Direction?.Name ?? "-")}</td><td class=\"text\">{E(e.Stated.Raw)}</td>" +
                $"<td>{E(e.Entry.Owner)}</td><td class=\"n{(e.Findings.Count > 0 ? " flagged" : string.Empty)}\">{e.Findings.Count}</td></tr>");
        }

        output.WriteLine("</tbody></table>");
    }

    private static void List(string id, string title, IEnumerable<string> lines, string css, TextWriter output)
    {
        var list = lines.ToList();
        output.WriteLine($"<h2 id=\"{id}\">{E(title)} ({list.Count})</h2>");
        if (list.Count == 0)
        {
            output.WriteLine("<p class=\"none\">None.</p>");
            return;
        }

        foreach (var line in list)
        {
            output.WriteLine($"<div class=\"{css}\">{E(line)}</div>");
        }
    }

    /// <summary>HTML-escapes a value, its control and bidi characters first made visible.</summary>
    private static string E(string text) => WebUtility.HtmlEncode(Printable.Escape(text));
}
