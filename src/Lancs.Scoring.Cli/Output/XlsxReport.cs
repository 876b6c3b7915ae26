using System.Collections.Generic;
using System.Data;
using System.IO;
using System.Linq;
using Lancs.Scoring.Risk;
using MiniExcelLibs;

namespace Lancs.Scoring.Cli;

/// <summary>The result as an Excel workbook: sheets register (every entry), changes, findings and rejections. Text is
/// written as text, never as a formula.</summary>
internal static class XlsxReport
{
    public static void Write(RegisterResult result, IReadOnlyList<Rejection> problems, Stream output)
    {
        var register = Table("register", "id", "kind", "description", "owner", "inherent", "residual", "target", "on_corporate_register", "reason",
            "direction", "stated_direction", "appetite_zone", "findings");
        foreach (var e in result.Entries)
        {
            register.Rows.Add(e.Entry.Id.Raw, e.Entry.Kind.Name.ToLowerInvariant(), e.Entry.Description, e.Entry.Owner, e.Inherent.Value,
                (object?)e.Residual?.Value ?? System.DBNull.Value, (object?)e.Target?.Value ?? System.DBNull.Value, e.IsOnCorporateRegister ? "yes" : "no",
                e.InclusionReason, e.Direction?.Name ?? string.Empty, e.Stated.Raw, e.AppetiteZone?.Name ?? string.Empty, e.Findings.Count);
        }

        var changes = Table("changes", "id", "previous_id", "change", "reason");
        foreach (var c in result.Changes)
        {
            changes.Rows.Add(c.Id.Raw, c.PreviousId?.Raw ?? string.Empty, c.Kind.Name, c.Reason);
        }

        var findings = Table("findings", "id", "previous_id", "kind", "finding");
        foreach (var f in result.Findings)
        {
            findings.Rows.Add(f.Id?.Raw ?? string.Empty, f.PreviousId?.Raw ?? string.Empty, f.Kind.Name, f.Message);
        }

        var rejections = Table("rejections", "entry", "field", "value", "reason");
        foreach (var r in problems.Concat(result.Rejections))
        {
            rejections.Rows.Add(r.Entry, r.Field, r.AttemptedValue is null ? string.Empty : Quoted.Clip(r.AttemptedValue), r.Reason);
        }

        var sheets = new Dictionary<string, object> { ["register"] = register, ["changes"] = changes, ["findings"] = findings, ["rejections"] = rejections };
        MiniExcel.SaveAs(output, sheets, excelType: ExcelType.XLSX);
    }

    private static DataTable Table(string name, params string[] columns)
    {
        var table = new DataTable(name);
        foreach (var column in columns)
        {
            table.Columns.Add(column, column is "inherent" or "residual" or "target" or "findings" ? typeof(int) : typeof(string));
        }

        return table;
    }
}
