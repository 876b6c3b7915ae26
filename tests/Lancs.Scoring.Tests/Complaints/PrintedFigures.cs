using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Tests.Support;

namespace Lancs.Scoring.Tests.Complaints;

/// <summary>The 2016/17 annual report's printed figures with the counts they rest on (TestData/Complaints).</summary>
internal static class PrintedFigures
{
    public static IReadOnlyList<(PrintedFigure Figure, bool AddsUp)> Load()
    {
        var table = CsvTable.Load("TestData", "Complaints", "printed-figures-2016-17.csv");
        return table.Rows.Select(row =>
        {
            var counts = table.Get(row, "counts").Split(';').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            var printed = int.Parse(table.Get(row, "printed"), CultureInfo.InvariantCulture);
            var figure = table.Get(row, "kind") == "share"
                ? PrintedFigure.Share(table.Get(row, "name"), counts[0], counts[1], printed, table.Get(row, "source"))
                : PrintedFigure.Total(table.Get(row, "name"), counts, printed, table.Get(row, "source"));
            return (figure, table.Get(row, "adds_up") == "yes");
        }).ToList();
    }
}
