using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Tests.Kpi;

/// <summary>One row of data/kpi/observations.csv: an observation as the papers print it, with its printed band.</summary>
public sealed class PaperObservation
{
    private PaperObservation(string[] cells)
    {
        Code = cells[0];
        Period = cells[1];
        string[] end = cells[2].Split('-');
        EndYear = int.Parse(end[0], CultureInfo.InvariantCulture);
        EndMonth = int.Parse(end[1], CultureInfo.InvariantCulture);
        Value = cells[3];
        Bands = cells[4].Length == 0 ? Array.Empty<string>() : cells[4].Split('|');
        Basis = cells[5];
        England = Number(cells[6]);
        NorthWest = Number(cells[7]);
        StatisticalNeighbours = Number(cells[8]);
        Target = Number(cells[9]);
        Source = cells[10];
    }

    public string Code { get; }

    public string Period { get; }

    public int EndYear { get; }

    public int EndMonth { get; }

    public string Value { get; }

    /// <summary>Gets the printed band, or the set of bands a movement verb implies; empty when none is printed.</summary>
    public IReadOnlyList<string> Bands { get; }

    /// <summary>Gets "printed", "implied" or "none".</summary>
    public string Basis { get; }

    public decimal? England { get; }

    public decimal? NorthWest { get; }

    public decimal? StatisticalNeighbours { get; }

    public decimal? Target { get; }

    public string Source { get; }

    public static IReadOnlyList<PaperObservation> All { get; } = Load();

    public KpiObservation ToObservation()
    {
        var comparators = new Dictionary<ComparatorKind, decimal>();
        Add(comparators, ComparatorKind.England, England);
        Add(comparators, ComparatorKind.NorthWest, NorthWest);
        Add(comparators, ComparatorKind.StatisticalNeighbours, StatisticalNeighbours);
        decimal? value = Value.Length == 0 ? null : decimal.Parse(Value, NumberStyles.Number, CultureInfo.InvariantCulture);
        return KpiObservation.Create(Code, KpiPeriod.Ending(EndYear, EndMonth, Period), value, comparators, Target);
    }

    public override string ToString() => Code + " @ " + Period + " (" + Source + ")";

    private static void Add(Dictionary<ComparatorKind, decimal> into, ComparatorKind kind, decimal? value)
    {
        if (value is not null)
        {
            into.Add(kind, value.Value);
        }
    }

    private static decimal? Number(string cell)
        => cell.Length == 0 ? null : decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static IReadOnlyList<PaperObservation> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "data", "kpi", "observations.csv");
        return File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => new PaperObservation(SplitCsv(l))).ToList();
    }

    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}
