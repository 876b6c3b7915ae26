using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Cli;

/// <summary>Reads KPI observations (the columns of <c>data/kpi/observations.csv</c>); a row that cannot be read is
/// reported with its line and the column at fault, and the rest are still read.</summary>
internal static class KpiCsv
{
    private static readonly (string Column, ComparatorKind Kind)[] Comparators =
    {
        ("england", ComparatorKind.England), ("north_west", ComparatorKind.NorthWest), ("stat_neighbours", ComparatorKind.StatisticalNeighbours),
    };

    /// <summary>The years a period may end in (<see cref="KpiPeriod.Ending"/>).</summary>
    private const int FirstYear = 1900;
    private const int LastYear = 9999;

    public static (List<KpiObservation> Observations, List<Rejection> Problems) Read(string path, TextWriter progress, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        return Read(InputFile.Open(path, limits), path, progress, limits);
    }

    /// <summary>Reads the KPI CSV in <paramref name="input"/>, named <paramref name="path"/> in messages.</summary>
    public static (List<KpiObservation> Observations, List<Rejection> Problems) Read(Stream input, string path, TextWriter progress, InputLimits? limits = null)
    {
        var observations = new List<KpiObservation>();
        var problems = new List<Rejection>();
        using var csv = CsvRows.From(input, path, "KPI", new[] { "code", "end", "value" }, "code,period,end,value,england,north_west,stat_neighbours,target", problems, limits);
        foreach (var (line, cell) in csv.Read(progress))
        {
            string Cell(string column) => cell(column).Trim();
            var code = Cell("code");
            var where = $"{(code.Length == 0 ? "(no code)" : Quoted.Clip(code))} (line {line})";
            if (code.Length == 0)
            {
                problems.Add(new Rejection(where, "code", null, "every observation needs its indicator's code, as in CPP-RATE."));
                continue;
            }

            if (!TryPeriod(Cell("end"), Cell("period"), out var period))
            {
                problems.Add(new Rejection(where, "end", Cell("end"),
                    $"the period end must be a month written YYYY-MM, as in 2017-06, in the years {FirstYear} to {LastYear}."));
                continue;
            }

            var comparators = new Dictionary<ComparatorKind, decimal>();
            string? bad = null;
            foreach (var (column, kind) in Comparators)
            {
                if (Cell(column).Length > 0)
                {
                    if (TryNumber(Cell(column), out var number))
                    {
                        comparators[kind] = number;
                    }
                    else
                    {
                        bad ??= column;
                    }
                }
            }

            decimal? target = null;
            if (Cell("target").Length > 0)
            {
                if (TryNumber(Cell("target"), out var t))
                {
                    target = t;
                }
                else
                {
                    bad ??= "target";
                }
            }

            if (bad is not null)
            {
                problems.Add(new Rejection(where, bad, Cell(bad), "not a number; write comparators and targets as plain numbers."));
                continue;
            }

            var value = Cell("value");
            observations.Add(value.Length > 0 && TryNumber(value, out var v)
                ? KpiObservation.Create(code, period, v, comparators, target)
                : KpiObservation.FromText(code, period, value));
        }

        return (observations, problems);
    }

    private static bool TryPeriod(string end, string label, out KpiPeriod period)
    {
        period = null!;
        var parts = end.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month < 1 || month > 12
            || year < FirstYear || year > LastYear)
        {
            return false;
        }

        period = KpiPeriod.Ending(year, month, label.Length > 0 ? label : null);
        return true;
    }

    private static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text.Replace(",", string.Empty).TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out number);
}
