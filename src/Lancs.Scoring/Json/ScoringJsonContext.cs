using System.Text.Json.Serialization;

namespace Lancs.Scoring.Json;

/// <summary>The source-generated <c>System.Text.Json</c> metadata of the JSON contract (docs/json.md): camel-case names,
/// fields without a value left out, no reflection, so it works trimmed and on netstandard2.0.</summary>
/// <remarks><c>JsonSerializer.Serialize(dto, ScoringJsonContext.Default.RegisterResultJson)</c> writes what
/// <see cref="ScoringJson"/> writes, and <c>JsonSerializer.Deserialize(json, ScoringJsonContext.Default.RegisterResultJson)</c>
/// reads it back.</remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RegisterResultJson))]
[JsonSerializable(typeof(KpiScoreReportJson))]
[JsonSerializable(typeof(ComplaintsJson))]
[JsonSerializable(typeof(PolicyComparisonJson))]
public sealed partial class ScoringJsonContext : JsonSerializerContext
{
}
