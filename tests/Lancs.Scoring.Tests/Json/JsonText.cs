using System.IO;
using System.Text;
using System.Text.Json;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Json;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Tests.Json;

/// <summary>The writer's output as text, and the same document through JsonSerializer, for comparing the two.</summary>
internal static class JsonText
{
    public static string Streamed(RegisterResult result, ScoringJsonOptions? options = null) =>
        Stream(s => ScoringJson.Write(s, result, options ?? ScoringJsonOptions.Default));

    public static string Streamed(KpiScoreReport report, string catalogue) =>
        Stream(s => ScoringJson.Write(s, report, catalogue, ScoringJsonOptions.Default));

    public static string Streamed(ComplaintClassification classification, params ReportFinding[] figures) =>
        Stream(s => ScoringJson.Write(s, classification, figures, ScoringJsonOptions.Default));

    public static string Serialized(RegisterResultJson dto) => JsonSerializer.Serialize(dto, ScoringJsonContext.Default.RegisterResultJson);

    public static string Serialized(KpiScoreReportJson dto) => JsonSerializer.Serialize(dto, ScoringJsonContext.Default.KpiScoreReportJson);

    public static string Serialized(ComplaintsJson dto) => JsonSerializer.Serialize(dto, ScoringJsonContext.Default.ComplaintsJson);

    private static string Stream(System.Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
