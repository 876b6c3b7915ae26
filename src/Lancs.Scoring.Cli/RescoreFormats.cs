using System.Collections.Generic;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>The formats <c>rescore</c> writes, and which writer writes each.</summary>
internal static class RescoreFormats
{
    public static readonly string[] All = { "table", "csv", "json", "xlsx", "html", "svg" };

    public static void Write(string format, RegisterResult result, IReadOnlyList<Rejection> problems, string? outputPath, RunContext run)
    {
        switch (format)
        {
            case "csv":
                ReportOutput.Text(outputPath, run, w => CsvReport.Write(result, w));
                break;
            case "json":
                JsonReport.Rescore(result, problems, outputPath, run);
                break;
            case "xlsx":
                ReportOutput.Binary(outputPath, run, "xlsx", s => XlsxReport.Write(result, problems, s));
                break;
            case "html":
                ReportOutput.Text(outputPath, run, w => HtmlReport.Write(result, problems, w));
                break;
            case "svg":
                ReportOutput.Text(outputPath, run, w => HeatMapSvg.WriteDocument(result, w));
                break;
            default:
                if (outputPath is null && run.Terminal.IsInteractive)
                {
                    TerminalTables.Write(result, problems, run.Output);
                    break;
                }

                ReportOutput.Text(outputPath, run, w => TableReport.Write(result, problems, w));
                break;
        }
    }
}
