using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Cli;

/// <summary>Reads a council's own indicator definitions (the columns of <c>data/kpi/indicators-rag-example.csv</c>): RAG by
/// target and tolerance, or data only. Each replaces the papers' indicator of the same code, or is added beside them.</summary>
internal static class IndicatorsCsv
{
    private const string Header = "code,name,unit,polarity,scheme,target,tolerance,at_tolerance,blue_beyond,source";

    public static List<Indicator> Read(string path, TextWriter progress, List<Rejection> problems, InputLimits limits)
    {
        var indicators = new List<Indicator>();
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var csv = CsvRows.Open(path, "indicators", new[] { "code", "name", "unit", "polarity", "scheme" }, Header, problems, limits);
        foreach (var (line, cell) in csv.Read(progress))
        {
            string Cell(string column) => cell(column).Trim();
            var code = Cell("code");
            var where = $"{(code.Length == 0 ? "(no code)" : Quoted.Clip(code))} (line {line})";
            if (code.Length == 0 || Cell("name").Length == 0)
            {
                problems.Add(new Rejection(where, code.Length == 0 ? "code" : "name", null, "every indicator needs its code and name."));
                continue;
            }

            if (!codes.Add(code))
            {
                problems.Add(new Rejection(where, "code", code, "an earlier row defines the same indicator; give each code once."));
                continue;
            }

            if (!KpiUnit.TryFromName(Cell("unit"), ignoreCase: true, out var unit))
            {
                problems.Add(new Rejection(where, "unit", Cell("unit"), $"not a unit; the units are {string.Join(", ", KpiUnit.List)}."));
                continue;
            }

            var polarity = Polarity.List.FirstOrDefault(p => p.Printed == Cell("polarity").ToUpperInvariant());
            if (polarity is null)
            {
                problems.Add(new Rejection(where, "polarity", Cell("polarity"), "write H (higher is better), L (lower is better) or - (neither)."));
                continue;
            }

            var source = Cell("source").Length > 0 ? Cell("source") : Path.GetFileName(path);
            var scheme = Cell("scheme").ToUpperInvariant();
            if (scheme == "DATA ONLY")
            {
                indicators.Add(Indicator.CreateDataOnly(code, Cell("name"), unit!, polarity, source: source));
                continue;
            }

            if (scheme != "RAG" && scheme != "BRAG")
            {
                problems.Add(new Rejection(where, "scheme", Cell("scheme"), "write RAG, BRAG (RAG with Blue above target) or data only."));
                continue;
            }

            decimal? target = null;
            if (Cell("target").Length > 0)
            {
                if (!TryNumber(Cell("target"), out var t))
                {
                    problems.Add(new Rejection(where, "target", Cell("target"), "not a number; leave it blank when each observation gives its target."));
                    continue;
                }

                target = t;
            }

            if (!TryTolerance(Cell("tolerance"), out var amber))
            {
                problems.Add(new Rejection(where, "tolerance", Cell("tolerance"), "write the Amber tolerance as an amount (2.5) or a percentage of target (5%)."));
                continue;
            }

            var edge = Cell("at_tolerance").ToUpperInvariant();
            if (edge.Length > 0 && edge != "AMBER" && edge != "RED")
            {
                problems.Add(new Rejection(where, "at_tolerance", Cell("at_tolerance"), "write Amber or Red: the band of a value exactly at the tolerance's edge."));
                continue;
            }

            Tolerance? blue = null;
            if (scheme == "BRAG" && !TryTolerance(Cell("blue_beyond").Length == 0 ? "0" : Cell("blue_beyond"), out blue))
            {
                problems.Add(new Rejection(where, "blue_beyond", Cell("blue_beyond"), "write how far better than target is Blue, as an amount or a percentage of target."));
                continue;
            }

            try
            {
                var banding = TargetBanding.Create(amber!, edge == "RED" ? BoundaryRule.ToWorseBand : BoundaryRule.ToBetterBand, blue);
                indicators.Add(Indicator.CreateRag(code, Cell("name"), unit!, polarity, banding, target, source: source));
            }
            catch (ArgumentException ex)
            {
                problems.Add(new Rejection(where, "definition", null, ex.Message.Replace(Environment.NewLine, " ")));
            }
        }

        return indicators;
    }

    private static bool TryTolerance(string text, out Tolerance? tolerance)
    {
        tolerance = null;
        var percent = text.EndsWith('%');
        if (!TryNumber(percent ? text.TrimEnd('%') : text, out var amount) || amount < 0)
        {
            return false;
        }

        tolerance = percent ? Tolerance.PercentOfTarget(amount) : Tolerance.Absolute(amount);
        return true;
    }

    private static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text.Replace(",", string.Empty), NumberStyles.Number, CultureInfo.InvariantCulture, out number);
}
