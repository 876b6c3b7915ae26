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
        foreach (var header in new[] { "id", "kind", "inherent", "residual", "on_corporate_register", "direction", "stated_direction", "findings", "reason" })
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
            csv.NextRecord();
        }
    }
}
