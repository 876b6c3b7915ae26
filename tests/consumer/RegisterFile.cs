using System.Text;
using Lancs.Scoring.Risk;

/// <summary>Reads a register CSV of the repository's data/registers/ the way a council app might, without a CSV package:
/// quoted cells may hold commas, doubled quotes and line breaks.</summary>
internal static class RegisterFile
{
    public static List<RegisterRow> Read(string path)
    {
        var records = Records(File.ReadAllText(path));
        var header = records[0].Cells;
        string? Cell(List<string> cells, string column) => cells[header.IndexOf(column)];
        return records.Skip(1).Select(r => new RegisterRow(r.Line, Cell(r.Cells, "id"), Cell(r.Cells, "kind"), Cell(r.Cells, "description"),
            Cell(r.Cells, "risk_type"), Cell(r.Cells, "owner"), Cell(r.Cells, "inherent"), Cell(r.Cells, "residual"),
            Cell(r.Cells, "direction_of_travel"), Cell(r.Cells, "source"))).ToList();
    }

    private static List<(int Line, List<string> Cells)> Records(string text)
    {
        var records = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, start, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') { quoted = !quoted; }
            else if (!quoted && c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { i++; }
                cells.Add(cell.ToString());
                cell.Clear();
                records.Add((start, cells));
                cells = new List<string>();
                start = ++line;
            }
            else
            {
                line += c == '\n' ? 1 : 0;
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0) { cells.Add(cell.ToString()); records.Add((start, cells)); }
        return records;
    }
}
