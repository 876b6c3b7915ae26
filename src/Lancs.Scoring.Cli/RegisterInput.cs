using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>The inputs of a register command, read once: the register (CSV or .xlsx), the previous quarter's, the covering
/// report's statements, and every row that could not be read.</summary>
internal sealed class RegisterInput
{
    private RegisterInput(Quarter quarter, List<RegisterRow> rows, Quarter? previousQuarter, List<RegisterRow>? previousRows, string? previousPath,
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

    public List<RegisterRow> Rows { get; }

    public Quarter? PreviousQuarter { get; }

    public List<RegisterRow>? PreviousRows { get; }

    public string? PreviousPath { get; }

    public List<CoveringStatement>? Covering { get; }

    /// <summary>Gets what the reading has to tell on standard error once the progress display is gone, such as a covering
    /// report with no statement about the register's quarter.</summary>
    public IReadOnlyList<string> Notes { get; private init; } = new List<string>();

    /// <summary>Gets the rows of the files that could not be read (the library's own rejections are in the result).</summary>
    public List<Rejection> Problems { get; }

    /// <summary>Reads the register at <paramref name="path"/> with the options of <see cref="Options"/>.</summary>
    public static RegisterInput Read(string path, ParseResult parsed, Options options, TextWriter progress, InputLimits limits)
    {
        var columns = RegisterColumns.Parse(parsed.GetValue(options.Columns));
        var sheet = parsed.GetValue(options.Sheet);
        var quarter = RegisterCsv.QuarterOf(path, parsed.GetValue(options.Quarter));
        var (rows, problems) = ReadRows(path, sheet, columns, progress, limits);
        Quarter? previousQuarter = null;
        List<RegisterRow>? previousRows = null;
        var previousPath = parsed.GetValue(options.Previous);
        if (previousPath is not null)
        {
            previousQuarter = RegisterCsv.QuarterOf(previousPath, parsed.GetValue(options.PreviousQuarter), "--previous-quarter");
            var (read, previousProblems) = ReadRows(previousPath, sheet, columns, progress, limits);
            previousRows = read;
            problems.AddRange(previousProblems);
        }
        else if (parsed.GetValue(options.PreviousQuarter) is not null)
        {
            throw new UsageException("--previous-quarter gives the quarter of the --previous register; give --previous FILE too.");
        }

        List<CoveringStatement>? covering = null;
        var notes = new List<string>();
        if (parsed.GetValue(options.Covering) is { } coveringPath)
        {
            covering = CoveringCsv.Read(coveringPath, quarter, progress, problems, limits, notes);
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

    private static (List<RegisterRow>, List<Rejection>) ReadRows(string path, string? sheet, RegisterColumns columns, TextWriter progress, InputLimits limits) =>
        RegisterXlsx.IsWorkbook(path) ? RegisterXlsx.Read(path, sheet, columns, progress, limits) : RegisterCsv.Read(path, progress, limits, columns);

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
