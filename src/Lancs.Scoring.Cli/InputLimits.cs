using System;

namespace Lancs.Scoring.Cli;

/// <summary>The limits the command reads its input files within (docs/reliability.md): far above anything a council
/// register, KPI return or complaints extract reaches, low enough that endless or hostile input ends in a clear message
/// instead of a full memory or a wait without end.</summary>
internal sealed class InputLimits
{
    /// <summary>Gets the limits the command uses.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>Gets the most characters one cell may hold: 65,536 (64 K). A longer cell rejects its row.</summary>
    public int MaxCellLength { get; init; } = 65_536;

    /// <summary>Gets the most characters one row may hold, all its lines together: 262,144 (256 K). A longer row is
    /// rejected, and reading goes on at the next line.</summary>
    public int MaxRowLength { get; init; } = 262_144;

    /// <summary>Gets the most bytes an input file may hold: 536,870,912 (512 MiB). A larger (or endless) file is refused.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Gets the most rows of one file that may fail to be read as CSV before the file is refused as not a CSV of
    /// its kind at all: 10,000.</summary>
    public int MaxMalformedRows { get; init; } = 10_000;

    /// <summary>Gets the most bytes a policy file may hold: 1,048,576 (1 MiB).</summary>
    public int MaxPolicyBytes { get; init; } = 1 << 20;

    /// <summary>Gets the most bytes the parts of an Excel workbook (.xlsx) may hold once unzipped, all together: 268,435,456
    /// (256 MiB). A workbook that unzips to more (a zip bomb) is refused before a cell is read.</summary>
    public long MaxWorkbookBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Gets the most parts (zip entries) an Excel workbook may hold: 10,000.</summary>
    public int MaxWorkbookParts { get; init; } = 10_000;

    /// <summary>Gets how long opening a file may take: 10 seconds. Only a named pipe with no writer takes longer.</summary>
    public TimeSpan OpenTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets how long a pipe may send nothing before it is given up: 30 seconds. A regular file never waits.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
