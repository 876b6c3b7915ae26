using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Risk;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Lancs.Scoring.Cli;

/// <summary>The register for a person at a terminal, through Spectre.Console: the corporate register as a table with
/// full descriptions wrapped, findings highlighted, rejected rows in red, and the heat maps. Every value is shown as
/// plain text (never as markup) after <see cref="Printable.Escape"/>, so no cell can send the terminal a control sequence.</summary>
internal static class TerminalTables
{
    /// <remarks><paramref name="ansi"/>: colours and styles always (<see langword="true"/>), never, or as the terminal supports (<see langword="null"/>).</remarks>
    public static void Write(RegisterResult result, IReadOnlyList<Rejection> problems, TextWriter output, bool? ansi = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ansi switch { true => AnsiSupport.Yes, false => AnsiSupport.No, null => AnsiSupport.Detect },
            ColorSystem = ansi switch { true => ColorSystemSupport.Standard, false => ColorSystemSupport.NoColors, null => ColorSystemSupport.Detect },
            Interactive = InteractionSupport.No,
        });
        console.Write(new Rule(Markup.Escape($"Corporate risk and opportunity register, {result.Quarter}")).LeftJustified());
        console.Write(Plain(result.Policy.ToString(), new Style(Color.Grey)));
        console.WriteLine();

        var targets = result.CorporateRegister.Any(e => e.Target is not null);
        var zones = result.Policy.Appetite.HasZones;
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("ID");
        table.AddColumn(new TableColumn("Inherent").RightAligned());
        table.AddColumn(new TableColumn("Residual").RightAligned());
        if (targets)
        {
            table.AddColumn(new TableColumn("Target").RightAligned());
        }

        if (zones)
        {
            table.AddColumn("Zone");
        }

        table.AddColumn("Direction");
        table.AddColumn("Stated");
        table.AddColumn(new TableColumn("Description").Width(60));
        foreach (var e in result.CorporateRegister)
        {
            var flagged = e.Findings.Count > 0 ? new Style(Color.Yellow, decoration: Decoration.Bold) : Style.Plain;
            var cells = new List<IRenderable> { Cell(e.Entry.Id.ToString(), flagged), Cell(e.Inherent.Value.ToString()), Cell(e.Residual?.Value.ToString() ?? "-") };
            if (targets)
            {
                cells.Add(Cell(e.Target?.Value.ToString() ?? "-"));
            }

            if (zones)
            {
                cells.Add(Cell(e.AppetiteZone?.Name ?? "-"));
            }

            cells.Add(Cell(e.Direction?.Name ?? "-"));
            cells.Add(Cell(TableReport.Stated(e)));
            cells.Add(Cell(e.Entry.Description));
            table.AddRow(cells);
        }

        console.Write(table);
        var off = result.Entries.Where(e => !e.IsOnCorporateRegister).Select(e => $"{e.Entry.Id,-6} {e.InclusionReason}").ToList();
        List(console, "Not on the corporate register", off, Style.Plain);
        List(console, "Changes since the previous register", result.Changes.Select(c => c.ToString()).ToList(), Style.Plain);
        List(console, "Findings", result.Findings.Select(f => f.ToString()).ToList(), new Style(Color.Yellow));
        List(console, "Rejected rows", problems.Concat(result.Rejections).Select(r => r.ToString()).ToList(), new Style(Color.Red));
        foreach (var map in result.HeatMaps.All.Where(m => m.Total > 0))
        {
            console.WriteLine();
            console.Write(Plain(map.Render()));
        }
    }

    private static void List(IAnsiConsole console, string title, IReadOnlyList<string> lines, Style style)
    {
        if (lines.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.Write(Plain($"{title} ({lines.Count}):", new Style(decoration: Decoration.Bold)));
        foreach (var line in lines)
        {
            console.Write(new Padder(Plain(line, style), new Padding(2, 0, 0, 0)));
        }
    }

    /// <summary>A table cell shown as it is (not parsed as markup), its control and bidi characters made visible.</summary>
    private static Text Cell(string text, Style? style = null) => new(Printable.Escape(text.Replace("\r\n", "\n")), style ?? Style.Plain);

    /// <summary>Text shown as it is (not parsed as markup), its control and bidi characters made visible, with a line end.</summary>
    private static Text Plain(string text, Style? style = null) => new(Printable.Escape(text.Replace("\r\n", "\n")) + "\n", style ?? Style.Plain);
}
