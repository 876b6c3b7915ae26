using System.Globalization;
using System.IO;
using CsvHelper;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>One CSV row per entry, for a spreadsheet.</summary>
internal static class CsvReport
{
    public static void Write(RegisterResult result, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var header in new[] { "id", "kind", "inherent", "residual", "on_corporate_register", "direction", "stated_direction", "findings", "reason",
            "target", "inherent_cell", "residual_cell", "target_cell", "appetite_zone" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var e in result.Entries)
        {
            csv.WriteField(e.Entry.Id.Raw);
            csv.WriteField(e.Entry.Kind.Name.ToLowerInvariant());
            csv.WriteField(e.Inherent.Value);
            csv.WriteField(e.Residual?.Value.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            csv.WriteField(e.IsOnCorporateRegister ? "yes" : "no");
            csv.WriteField(e.Direction?.Name ?? string.Empty);
            csv.WriteField(e.Stated.Normalised?.Name ?? string.Empty);
            csv.WriteField(e.Findings.Count);
            csv.WriteField(e.InclusionReason);
            csv.WriteField(e.Target?.Value.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            csv.WriteField(CellOf(e.Entry.Inherent, e.Entry.Kind));
            csv.WriteField(CellOf(e.Entry.Residual, e.Entry.Kind));
            csv.WriteField(CellOf(e.Entry.Target, e.Entry.Kind));
            csv.WriteField(e.AppetiteZone?.Name ?? string.Empty);
            csv.NextRecord();
        }
    }

    /// <summary>"Outstanding x Likely" for a known cell, with the kind's impact label; empty for a bare score or none.</summary>
    private static string CellOf(Assessment? assessment, RegisterKind kind) =>
        assessment?.Impact is { } impact && assessment.Likelihood is { } likelihood ? $"{impact.LabelFor(kind)} x {likelihood.Name}" : string.Empty;
}
