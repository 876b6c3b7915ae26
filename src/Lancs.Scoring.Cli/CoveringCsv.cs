using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>Reads what covering reports say about entries (the columns of <c>data/registers/covering-reports.csv</c>:
/// <c>quarter,id,change,stated_residual,source</c>), keeping the statements of the register's quarter; a file without a
/// quarter column is taken as the register's own covering report.</summary>
internal static class CoveringCsv
{
    /// <remarks>A file with no statement about the quarter adds a note to <paramref name="notes"/> for standard error.</remarks>
    public static List<CoveringStatement> Read(string path, Quarter quarter, TextWriter progress, List<Rejection> problems, InputLimits limits, List<string> notes)
    {
        var statements = new List<CoveringStatement>();
        var file = Path.GetFileName(path);
        var other = 0;
        using var csv = CsvRows.Open(path, "covering report", new[] { "id", "change" }, "quarter,id,change,stated_residual,source,verbatim", problems, limits);
        foreach (var (line, cell) in csv.Read(progress))
        {
            var where = $"{file} line {line}";
            var quarterText = cell("quarter").Trim();
            if (quarterText.Length > 0)
            {
                if (!Quarter.TryParse(quarterText, out var stated))
                {
                    problems.Add(new Rejection(where, "quarter", quarterText, "not a quarter such as 2017/18 Q2; the statement was skipped."));
                    continue;
                }

                if (stated != quarter)
                {
                    other++;
                    continue;
                }
            }

            var idText = cell("id").Trim();
            if (!EntryId.TryParse(idText, out var id, out var idError))
            {
                problems.Add(new Rejection(where, "id", idText, idError + "; the statement was skipped."));
                continue;
            }

            var changeText = cell("change").Trim();
            if (!RegisterChangeKind.TryFromName(changeText, ignoreCase: true, out var change))
            {
                problems.Add(new Rejection(where, "change", changeText, "not a change the report can state: added, removed, remains or rescored; the statement was skipped."));
                continue;
            }

            var residualText = cell("stated_residual").Trim();
            int? residual = null;
            if (residualText.Length > 0)
            {
                if (!int.TryParse(residualText, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > 25)
                {
                    problems.Add(new Rejection(where, "stated_residual", residualText, "not a score from 1 to 25; the statement was skipped."));
                    continue;
                }

                residual = value;
            }

            var source = cell("source").Trim();
            statements.Add(new CoveringStatement(id!, change, residual, source.Length == 0 ? where : source));
        }

        if (statements.Count == 0)
        {
            notes.Add($"lancs-scoring: {file}: no statement is about {quarter}{(other > 0 ? $" ({other} are about other quarters)" : string.Empty)}; the covering report is not checked.");
        }

        return statements;
    }
}
