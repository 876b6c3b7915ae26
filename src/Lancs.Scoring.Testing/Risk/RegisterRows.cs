using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Testing;

/// <summary>Helpers for generated <see cref="RegisterRow"/>s: moving a row to another line and printing it.</summary>
public static class RegisterRows
{
    /// <summary>The same row on another line.</summary>
    /// <param name="row">The row.</param>
    /// <param name="line">The line number.</param>
    /// <returns>A new row with the same cells.</returns>
    public static RegisterRow OnLine(RegisterRow row, int line) => new(line, row.Id, row.Kind, row.Description, row.RiskType, row.Owner,
        row.Inherent, row.Residual, row.DirectionOfTravel, row.Source, row.Target);

    /// <summary>Numbers rows from line 2 (line 1 is a register file's header).</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The rows on lines 2, 3, ...</returns>
    public static IReadOnlyList<RegisterRow> Numbered(IEnumerable<RegisterRow> rows) => rows.Select((r, i) => OnLine(r, i + 2)).ToList();

    /// <summary>A row's cells, quoted, as "line 2: 'CR1', 'risk', ...".</summary>
    /// <param name="row">The row.</param>
    /// <returns>The description.</returns>
    public static string Describe(RegisterRow row) => string.Format(CultureInfo.InvariantCulture, "line {0}: {1}", row.Line, string.Join(", ",
        new[] { row.Id, row.Kind, row.Description, row.RiskType, row.Owner, row.Inherent, row.Residual, row.DirectionOfTravel, row.Source, row.Target }
            .Select(c => c is null ? "null" : "'" + c + "'")));
}
