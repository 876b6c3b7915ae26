using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Tests.Support;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>The transcribed registers and covering-report statements as library input.</summary>
internal static class RegisterFiles
{
    public static readonly Quarter Q1_2016 = Quarter.Parse("2016/17 Q1");
    public static readonly Quarter Q2_2017 = Quarter.Parse("2017/18 Q2");
    public static readonly Quarter Q1_2018 = Quarter.Parse("2018/19 Q1");

    public static IReadOnlyList<RegisterRow> Rows(Quarter quarter)
    {
        var table = RegisterData.Load($"{quarter.FinancialYearStart}-{(quarter.FinancialYearStart + 1) % 100:00}-Q{quarter.Number}.csv");
        return table.Rows.Select((row, i) => new RegisterRow(i + 2,
            table.Get(row, "id"), table.Get(row, "kind"), table.Get(row, "description"), table.Get(row, "risk_type"),
            table.Get(row, "owner"), table.Get(row, "inherent"), table.Get(row, "residual"),
            table.Get(row, "direction_of_travel"), table.Get(row, "source"))).ToList();
    }

    public static IReadOnlyList<(string Quarter, string Id, string Change, string StatedResidual, string Source)> CoveringReports()
    {
        var table = RegisterData.Load("covering-reports.csv");
        return table.Rows.Select(r => (table.Get(r, "quarter"), table.Get(r, "id"), table.Get(r, "change"),
            table.Get(r, "stated_residual"), table.Get(r, "source"))).ToList();
    }

    public static IReadOnlyList<CoveringStatement> Statements(Quarter quarter) =>
        CoveringReports()
            .Where(s => Quarter.Parse(s.Quarter) == quarter && s.Change != "reworded")
            .Select(s => new CoveringStatement(EntryId.Parse(s.Id), RegisterChangeKind.FromName(s.Change, ignoreCase: true),
                s.StatedResidual.Length == 0 ? null : int.Parse(s.StatedResidual, System.Globalization.CultureInfo.InvariantCulture), s.Source))
            .ToList();
}
