using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>The heat maps as SVG: for each kind (risks, opportunities) and score (inherent, residual, target) with entries,
/// the 5×5 grid (impact rows with the kind's labels, likelihood columns), each cell filled with its appetite zone's colour
/// and holding its entries' ids; bare scores, which have no cell, are drawn by score instead of leaving an empty grid.</summary>
internal static class HeatMapSvg
{
    private const int Label = 110;
    private const int Cell = 118;
    private const int CellHeight = 66;
    private const int IdsPerLine = 3;
    private const int LinesPerCell = 3;

    /// <summary>Writes a standalone SVG document holding every heat map that has entries, one under another.</summary>
    public static void WriteDocument(RegisterResult result, TextWriter output)
    {
        var maps = result.HeatMaps.All.Where(m => m.Total > 0).ToList();
        var heights = maps.Select(Height).ToList();
        var total = Math.Max(40, heights.Sum() + (20 * maps.Count));
        output.WriteLine(FormattableString.Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{total}\" viewBox=\"0 0 {Width} {total}\" font-family=\"sans-serif\">"));
        var y = 0;
        for (var i = 0; i < maps.Count; i++)
        {
            output.WriteLine(FormattableString.Invariant($"<g transform=\"translate(0,{y})\">"));
            WriteMap(maps[i], result.Policy.Appetite, output, standalone: false);
            output.WriteLine("</g>");
            y += heights[i] + 20;
        }

        if (maps.Count == 0)
        {
            output.WriteLine("<text x=\"0\" y=\"20\">No entries to map.</text>");
        }

        output.WriteLine("</svg>");
    }

    /// <summary>Writes one map as an <c>&lt;svg&gt;</c> element (for an HTML page) or a group (inside a document).</summary>
    public static void WriteMap(EntryHeatMap map, RiskAppetite appetite, TextWriter output, bool standalone = true)
    {
        var height = Height(map);
        var name = MapName(map);
        if (standalone)
        {
            output.WriteLine(FormattableString.Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heat-map\" data-map=\"{name}\" role=\"img\" aria-label=\"{Escape(Title(map))}\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\">"));
        }
        else
        {
            output.WriteLine(FormattableString.Invariant($"<g class=\"heat-map\" data-map=\"{name}\">"));
        }

        output.WriteLine($"<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">{Escape(Title(map))}</text>");
        var y = 28;
        if (map.Cells.Any(c => c.Count > 0))
        {
            WriteGrid(map, appetite, output, y);
            y += (5 * CellHeight) + 24;
        }

        if (map.Unplaced.Count > 0)
        {
            WriteByScore(map, appetite, output, y);
        }

        output.WriteLine(standalone ? "</svg>" : "</g>");
    }

    /// <summary>"risks-residual": the map's name in the page, for a test or a style sheet.</summary>
    public static string MapName(EntryHeatMap map) =>
        (map.Kind == RegisterKind.Opportunity ? "opportunities" : "risks") + "-" + map.AssessmentKind.ToString().ToLowerInvariant();

    private static int Width => Label + (5 * Cell);

    private static string Title(EntryHeatMap map) => string.Format(CultureInfo.InvariantCulture, "{0}, {1} scores ({2} {3})",
        map.Kind == RegisterKind.Opportunity ? "Opportunities" : "Risks", map.AssessmentKind.ToString().ToLowerInvariant(), map.Total, map.Total == 1 ? "entry" : "entries");

    private static int Height(EntryHeatMap map) =>
        28 + (map.Cells.Any(c => c.Count > 0) ? (5 * CellHeight) + 24 : 0) + (map.Unplaced.Count > 0 ? ByScoreHeight(map) : 0);

    private static void WriteGrid(EntryHeatMap map, RiskAppetite appetite, TextWriter output, int top)
    {
        var row = 0;
        foreach (Impact impact in Impact.List.OrderByDescending(i => i.Value))
        {
            var y = top + (row * CellHeight);
            output.WriteLine(FormattableString.Invariant($"<text x=\"{Label - 6}\" y=\"{y + (CellHeight / 2) + 4}\" font-size=\"11\" text-anchor=\"end\">{Escape(impact.LabelFor(map.Kind))}</text>"));
            var column = 0;
            foreach (Likelihood likelihood in Likelihood.List.OrderBy(l => l.Value))
            {
                var cell = map[impact, likelihood];
                var (colour, zone) = HeatMapColours.OfCell(appetite, cell.Cell);
                WriteBox(output, Label + (column * Cell), y, Cell, CellHeight, colour, zone, cell.Cell.Score.Value, cell.Ids,
                    FormattableString.Invariant($" data-impact=\"{impact.Value}\" data-likelihood=\"{likelihood.Value}\""));
                column++;
            }

            row++;
        }

        var column2 = 0;
        foreach (Likelihood likelihood in Likelihood.List.OrderBy(l => l.Value))
        {
            output.WriteLine(FormattableString.Invariant($"<text x=\"{Label + (column2 * Cell) + (Cell / 2)}\" y=\"{top + (5 * CellHeight) + 16}\" font-size=\"11\" text-anchor=\"middle\">{Escape(likelihood.Name)}</text>"));
            column2++;
        }
    }

    private static int ByScoreHeight(EntryHeatMap map) => 22 + (Rows(map) * (CellHeight + 6));

    private static int Rows(EntryHeatMap map) => (Scores(map).Count + 4) / 5;

    private static List<RiskScore> Scores(EntryHeatMap map) => RiskScore.All.Where(s => map.CountOfScore(s) > 0).ToList();

    private static void WriteByScore(EntryHeatMap map, RiskAppetite appetite, TextWriter output, int top)
    {
        output.WriteLine(FormattableString.Invariant($"<text x=\"0\" y=\"{top + 12}\" font-size=\"12\">By score (the register prints scores without impact and likelihood, so they have no cell):</text>"));
        var scores = Scores(map);
        for (var i = 0; i < scores.Count; i++)
        {
            var (colour, zone) = HeatMapColours.OfScore(appetite, scores[i]);
            var x = Label + ((i % 5) * Cell);
            var y = top + 22 + ((i / 5) * (CellHeight + 6));
            WriteBox(output, x, y, Cell, CellHeight, colour, zone, scores[i].Value, map.IdsOfScore(scores[i]), " data-by-score=\"true\"");
        }
    }

    private static void WriteBox(TextWriter output, int x, int y, int width, int height, string colour, string zone, int score, IReadOnlyList<EntryId> ids, string data)
    {
        var idList = string.Join(" ", ids.Select(id => Escape(id.Raw)));
        output.WriteLine(FormattableString.Invariant(
            $"<g class=\"cell\" data-score=\"{score}\" data-zone=\"{Escape(zone)}\" data-fill=\"{colour}\" data-ids=\"{idList}\"{data}>"));
        output.WriteLine(FormattableString.Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"{width - 2}\" height=\"{height - 2}\" fill=\"{colour}\" stroke=\"#ffffff\"/>"));
        var ink = Ink(colour);
        output.WriteLine(FormattableString.Invariant($"<text x=\"{x + 6}\" y=\"{y + 14}\" font-size=\"11\" fill=\"{ink}\">{score}{(ids.Count > 0 ? FormattableString.Invariant($" · {ids.Count}") : string.Empty)}</text>"));
        var lines = ids.Select(id => id.Raw).Chunk(IdsPerLine).Select(chunk => string.Join(" ", chunk)).ToList();
        for (var i = 0; i < Math.Min(lines.Count, LinesPerCell); i++)
        {
            var text = i == LinesPerCell - 1 && lines.Count > LinesPerCell
                ? FormattableString.Invariant($"+{ids.Count - ((LinesPerCell - 1) * IdsPerLine)} more")
                : lines[i];
            output.WriteLine(FormattableString.Invariant($"<text x=\"{x + 6}\" y=\"{y + 30 + (i * 13)}\" font-size=\"11\" font-weight=\"bold\" fill=\"{ink}\">{Escape(text)}</text>"));
        }

        output.WriteLine("</g>");
    }

    /// <summary>Black or white, whichever reads better on <paramref name="colour"/> ("#rrggbb").</summary>
    private static string Ink(string colour)
    {
        var r = int.Parse(colour.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var g = int.Parse(colour.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var b = int.Parse(colour.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (0.299 * r) + (0.587 * g) + (0.114 * b) > 150 ? "#000000" : "#ffffff";
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(Printable.Escape(text));
}
