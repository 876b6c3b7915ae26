using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Cli;

/// <summary>The <c>kpi</c> and <c>complaints</c> commands.</summary>
internal static class OtherCommands
{
    public static Command Kpi(RunContext run)
    {
        var command = new Command("kpi", "Each observation's band (or why it has none), movement, direction (against the previous period and " +
            "the same period a year earlier), target and comparators, against the indicator catalogue from the papers and any RAG or " +
            "data-only indicators of your own.");
        var observations = new Argument<string>("OBSERVATIONS") { Description = "an observations file (CSV), as in: kpi data/kpi/observations.csv" };
        var indicators = CommonOptions.File("--indicators", "Indicators of your own (CSV, as data/kpi/indicators-rag-example.csv), added to the papers' catalogue.");
        var catalogue = CommonOptions.File("--catalogue", "A whole KPI catalogue (JSON, the format of docs/json/kpi-catalogue-papers.json) instead of the papers'; --indicators adds to it.");
        var format = CommonOptions.Format("table", "json");
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        command.Arguments.Add(observations);
        command.Options.Add(indicators);
        command.Options.Add(catalogue);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(failOn);
        command.SetAction(parsed =>
        {
            var cataloguePath = parsed.GetValue(catalogue);
            var chosen = cataloguePath is null ? KpiCatalogue.Papers : CatalogueJson.Read(cataloguePath, run.Limits);
            var (read, problems) = KpiCsv.Read(parsed.GetRequiredValue(observations), run.Error, run.Limits);
            var papers = chosen;
            if (parsed.GetValue(indicators) is { } indicatorsPath)
            {
                papers = papers.With(IndicatorsCsv.Read(indicatorsPath, run.Error, problems, run.Limits));
            }

            var report = new KpiScorer(papers).Score(read);
            ReportOutput.Text(parsed.GetValue(output), run, writer =>
            {
                if (parsed.GetRequiredValue(format) == "json")
                {
                    JsonReport.Kpi(report, cataloguePath is null ? "papers" : Path.GetFileName(cataloguePath), problems, writer);
                }
                else
                {
                    KpiReport.Write(report, problems, writer);
                }
            });
            // The KPI report has no findings of its own: an observation without a band says why in its row.
            return (int)Outcome.Of(Outcome.Parse(parsed.GetValue(failOn)), 0, problems.Count + report.Rejections.Count);
        });
        return command;
    }

    public static Command Complaints(RunContext run)
    {
        var command = new Command("complaints", "Each stream's figures per financial year, with the denominators the annual report uses, and the " +
            "deadlines missed by complaints given with dates (working days: England and Wales bank holidays, plus your own closure days).");
        var complaints = new Argument<string>("COMPLAINTS") { Description = "a complaints file (CSV), as in: complaints data/complaints/2016-17-from-report-counts.csv" };
        var holidays = CommonOptions.File("--holidays", "Your own closure days (CSV: date,name,note), added to the bank holidays.");
        var asAt = new Option<string?>("--as-at") { Description = "The day open complaints are judged at (YYYY-MM-DD; default today).", HelpName = "DATE" };
        var format = CommonOptions.Format("table", "json");
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        command.Arguments.Add(complaints);
        command.Options.Add(holidays);
        command.Options.Add(asAt);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(failOn);
        command.SetAction(parsed =>
        {
            var (read, problems) = ComplaintsCsv.Read(parsed.GetRequiredValue(complaints), run.Error, run.Limits);
            var timescales = ComplaintTimescales.Default;
            if (parsed.GetValue(holidays) is { } holidaysPath)
            {
                timescales = timescales.WithCalendar(timescales.Calendar.WithHolidays(HolidaysCsv.Read(holidaysPath, run.Error, problems, run.Limits)));
            }

            if (parsed.GetValue(asAt) is { } day)
            {
                timescales = timescales.WithAsAt(DateTime.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw new UsageException($"--as-at '{Quoted.Clip(day)}' is not a date; write it as YYYY-MM-DD."));
            }

            var result = new ComplaintClassifier(timescales: timescales).Classify(read);
            ReportOutput.Text(parsed.GetValue(output), run, writer =>
            {
                if (parsed.GetRequiredValue(format) == "json")
                {
                    JsonReport.Complaints(result, Array.Empty<ReportFinding>(), problems, writer);
                }
                else
                {
                    ComplaintsReportWriter.Write(result, problems, writer, timescales);
                }
            });
            return (int)Outcome.Of(Outcome.Parse(parsed.GetValue(failOn)), result.Findings.Count, problems.Count + result.Rejections.Count);
        });
        return command;
    }
}
