namespace Lancs.Scoring.Cli;

/// <summary>One row of a CSV file as <see cref="CsvRecordReader"/> read it: its cells, or why it could not be read.</summary>
/// <remarks>A value, not an object: a reader of a million rows makes none. Past the header, <see cref="Cells"/> is the
/// reader's own array, filled again by the next read (<see cref="CsvRecordReader.Read"/>).</remarks>
internal readonly struct CsvRecord
{
    private CsvRecord(int line, int lastLine, string[]? cells, int column, int cellIndex, string? problem, string text)
    {
        Line = line;
        LastLine = lastLine;
        Cells = cells;
        Column = column;
        CellIndex = cellIndex;
        Problem = problem;
        Text = text;
    }

    /// <summary>Gets the line the row starts on (1-based).</summary>
    public int Line { get; }

    /// <summary>Gets the line the row ends on: the same as <see cref="Line"/> unless a quoted cell holds a line break.</summary>
    public int LastLine { get; }

    /// <summary>Gets the cells, or <see langword="null"/> when the row could not be read; past the header, valid until the next read.</summary>
    public string[]? Cells { get; }

    /// <summary>Gets the column (1-based, on <see cref="Line"/>) where the cell at fault starts, when the row could not be read.</summary>
    public int Column { get; }

    /// <summary>Gets the 0-based position of the cell at fault among the row's cells, when the row could not be read.</summary>
    public int CellIndex { get; }

    /// <summary>Gets why the row could not be read, or <see langword="null"/>.</summary>
    public string? Problem { get; }

    /// <summary>Gets the first line of a row that could not be read, cut to <see cref="Quoted.MaxLength"/> characters; empty
    /// for a row that was read, whose cells say what it holds (a string of its line for every row read would double what
    /// reading allocates).</summary>
    public string Text { get; }

    /// <summary>Gets whether the row could not be read.</summary>
    public bool IsMalformed => Cells is null;

    public static CsvRecord Read(int line, int lastLine, string[] cells) =>
        new(line, lastLine, cells, 0, -1, null, string.Empty);

    public static CsvRecord Malformed(int line, int column, int cellIndex, string problem, string text) =>
        new(line, line, null, column, cellIndex, problem, Quoted.Clip(text));
}
