using System.IO;
using System.Text;
using Lancs.Scoring.Json;
using Lancs.Scoring.Kpi;

namespace Lancs.Scoring.Cli;

/// <summary>Reads a whole KPI catalogue from a JSON file (the format of docs/json/kpi-catalogue-papers.json).</summary>
internal static class CatalogueJson
{
    public static KpiCatalogue Read(string path, InputLimits limits)
    {
        string json;
        using (var reader = new StreamReader(InputFile.Open(path, limits, "catalogue file", limits.MaxPolicyBytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
        {
            json = reader.ReadToEnd();
        }

        if (json.IndexOf('\uFFFD') >= 0)
        {
            throw new UsageException($"{Quoted.Clip(path)}: the catalogue file is not UTF-8 text (it holds bytes that are not UTF-8, read as U+FFFD); save it as UTF-8.");
        }

        try
        {
            return KpiCatalogue.FromJson(json);
        }
        catch (DefinitionException ex)
        {
            throw new UsageException($"{Quoted.Clip(path)}: {ex.Message}");
        }
    }
}
