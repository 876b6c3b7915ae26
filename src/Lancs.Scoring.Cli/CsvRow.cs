namespace Lancs.Scoring.Cli;

/// <summary>One row of a CSV file that could be read: its line and its cells, read by column position
/// (<see cref="CsvRows.ColumnIndex"/>), so that a reader of many rows looks each column's name up once, not once a cell.</summary>
internal readonly struct CsvRow
{
    private readonly string[] _cells;

    public CsvRow(int line, string[] cells)
    {
        Line = line;
        _cells = cells;
    }

    /// <summary>Gets the line the row starts on (1-based).</summary>
    public int Line { get; }

    /// <summary>Gets the cell at a column's position, or an empty string for a negative position (a column the file lacks).</summary>
    public string this[int index] => index < 0 ? string.Empty : _cells[index];
}
