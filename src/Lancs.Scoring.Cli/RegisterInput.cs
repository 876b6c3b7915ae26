using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>The inputs of a register command, read once: the register (CSV or .xlsx), the previous quarter's, the covering
/// report's statements, and every row that could not be read.</summary>
/// <remarks>Read <c>streamed</c> (a bulk re-score), a CSV's rows are read as the scorer takes them, once, and
/// <see cref="Problems"/> is complete only after <see cref="Score"/>; dispose the input to close files not read to the end.</remarks>
internal sealed class RegisterInput : System.IDisposable
{
    private RegisterInput(Quarter quarter, IEnumerable<RegisterRow> rows, Quarter? previousQuarter, IEnumerable<RegisterRow>? previousRows, string? previousPath,
        List<CoveringStatement>? covering, List<Rejection> problems)
    {
        Quarter = quarter;
        Rows = rows;
        PreviousQuarter = previousQuarter;
        PreviousRows = previousRows;
        PreviousPath = previousPath;
        Covering = covering;
        Problems = problems;
    }

    public Quarter Quarter { get; }

    public IEnumerable<RegisterRow> Rows { get; }

    public Quarter? PreviousQuarter { get; }

    public IEnumerable<RegisterRow>? PreviousRows { get; }

    public string? PreviousPath { get; }

    public List<CoveringStatement>? Covering { get; }

    /// <summary>Gets what the reading has to tell on standard error once the progress display is gone, such as a covering
    /// report with no statement about the register's quarter.</summary>
    public IReadOnlyList<string> Notes { get; private init; } = new List<string>();

    /// <summary>Gets the rows of the files that could not be read (the library's own rejections are in the result).</summary>
    public List<Rejection> Problems { get; }

    /// <summary>Reads the register at <paramref name="path"/> with the options of <see cref="Options"/>.</summary>
    public static RegisterInput Read(string path, ParseResult parsed, Options options, TextWriter progress, InputLimits limits, bool streamed = false)
    {
        var columns = RegisterColumns.Parse(parsed.GetValue(options.Columns));
        var sheet = parsed.GetValue(options.Sheet);
        var quarter = RegisterCsv.QuarterOf(path, parsed.GetValue(options.Quarter));
        var problems = new List<Rejection>();
        var rows = ReadRows(path, sheet, columns, progress, limits, problems, streamed);
        Quarter? previousQuarter = null;
        IEnumerable<RegisterRow>? previousRows = null;
        List<CoveringStatement>? covering = null;
        var notes = new List<string>();
        var previousPath = parsed.GetValue(options.Previous);
        try
        {
            if (previousPath is not null)
            {
                previousQuarter = RegisterCsv.QuarterOf(previousPath, parsed.GetValue(options.PreviousQuarter), "--previous-quarter");
                previousRows = ReadRows(previousPath, sheet, columns, progress, limits, problems, streamed);
            }
            else if (parsed.GetValue(options.PreviousQuarter) is not null)
            {
                throw new UsageException("--previous-quarter gives the quarter of the --previous register; give --previous FILE too.");
            }

            if (parsed.GetValue(options.Covering) is { } coveringPath)
            {
                covering = CoveringCsv.Read(coveringPath, quarter, progress, problems, limits, notes);
            }
        }
        catch
        {
            // A streamed file already open is closed when a later input is refused.
            (rows as System.IDisposable)?.Dispose();
            (previousRows as System.IDisposable)?.Dispose();
            throw;
        }

        return new RegisterInput(quarter, rows, previousQuarter, previousRows, previousPath, covering, problems) { Notes = notes };
    }

    /// <summary>Scores the rows under <paramref name="policy"/>.</summary>
    public RegisterResult Score(ScoringPolicy policy)
    {
        try
        {
            return new RegisterScorer(policy).Rescore(Quarter, Rows, PreviousQuarter, PreviousRows, Covering);
        }
        catch (PreviousRegisterException ex)
        {
            // The same register twice, or the two swapped: every direction would come out backwards.
            throw new UsageException($"--previous {Quoted.Clip(PreviousPath ?? string.Empty)}: {ex.Message}");
        }
    }

    /// <summary>Closes the files of rows read streamed and not read to the end.</summary>
    public void Dispose()
    {
        (Rows as System.IDisposable)?.Dispose();
        (PreviousRows as System.IDisposable)?.Dispose();
    }

    private static IEnumerable<RegisterRow> ReadRows(string path, string? sheet, RegisterColumns columns, TextWriter progress, InputLimits limits,
        List<Rejection> problems, bool streamed)
    {
        if (!RegisterXlsx.IsWorkbook(path) && streamed)
        {
            return RegisterCsv.Open(path, progress, problems, limits, columns);
        }

        var (rows, read) = RegisterXlsx.IsWorkbook(path) ? RegisterXlsx.Read(path, sheet, columns, progress, limits) : RegisterCsv.Read(path, progress, limits, columns);
        problems.AddRange(read);
        return rows;
    }

    /// <summary>The options that say how to read a register, added to each register command.</summary>
    internal sealed class Options
    {
        public Option<string?> Previous { get; } = CommonOptions.File("--previous", "The previous quarter's register (CSV or .xlsx): changes and directions of travel.");

        public Option<string?> Quarter { get; } = new("--quarter", "-q") { Description = "The register's quarter, such as \"2017/18 Q2\" (default: from the file name, as in 2017-18-Q2.csv).", HelpName = "QUARTER" };

        public Option<string?> PreviousQuarter { get; } = new("--previous-quarter") { Description = "The previous register's quarter (default: from its file name).", HelpName = "QUARTER" };

        public Option<string?> Covering { get; } = CommonOptions.File("--covering", "What the covering reports say (data/registers/covering-reports.csv columns), checked against the table.");

        public Option<string?> Sheet { get; } = new("--sheet") { Description = "The sheet of an .xlsx register to read (default: the first).", HelpName = "NAME" };

        public Option<string?> Columns { get; } = new("--columns") { Description = "Headers the tool does not know, as name=Header pairs: id=\"Ref No\",inherent=Gross.", HelpName = "MAP" };

        public void AddTo(Command command)
        {
            command.Options.Add(Previous);
            command.Options.Add(Quarter);
            command.Options.Add(PreviousQuarter);
            command.Options.Add(Covering);
            command.Options.Add(Sheet);
            command.Options.Add(Columns);
        }
    }
}
