using System.Linq;
using Lancs.Scoring.Risk;
using System.Collections.Generic;
using System.Text.Json;

namespace Lancs.Scoring.Json;

/// <summary>A re-scored register as JSON (docs/json.md): the quarter, the policy applied, every entry, the changes, the
/// findings, the rejected rows and the six heat maps.</summary>
/// <remarks>Written by <see cref="ScoringJson.Write(Utf8JsonWriter, Risk.RegisterResult, ScoringJsonOptions)"/> entry by
/// entry, and read back with <c>JsonSerializer.Deserialize(json, ScoringJsonContext.Default.RegisterResultJson)</c>.</remarks>
public sealed class RegisterResultJson
{
    private static readonly JsonElement NoPolicy = Parsed("{}");

    /// <summary>Gets the quarter scored, as the papers write it: "Q2 2017/18".</summary>
    public string Quarter { get; init; } = string.Empty;

    /// <summary>Gets the policy applied, in the policy file's own format (<see cref="Risk.ScoringPolicy.ToJson"/>); an empty
    /// object until one is given.</summary>
    public JsonElement Policy { get; init; } = NoPolicy;

    /// <summary>Gets every valid entry's result, in the register's order.</summary>
    public IReadOnlyList<EntryJson> Entries { get; init; } = new List<EntryJson>();

    /// <summary>Gets the changes since the previous quarter (empty when none was given).</summary>
    public IReadOnlyList<ChangeJson> Changes { get; init; } = new List<ChangeJson>();

    /// <summary>Gets every finding: about entries, about the register as a whole, and about rejected scores.</summary>
    public IReadOnlyList<FindingJson> Findings { get; init; } = new List<FindingJson>();

    /// <summary>Gets the rows that could not be scored.</summary>
    public IReadOnlyList<RejectionJson> Rejections { get; init; } = new List<RejectionJson>();

    /// <summary>Gets the six heat maps: risks' inherent, residual and target, then opportunities' inherent, residual and target.</summary>
    public IReadOnlyList<HeatMapJson> HeatMaps { get; init; } = new List<HeatMapJson>();

    /// <summary>Returns a re-scored register in the contract's shape, whole, for <c>JsonSerializer</c> or for code that reads it.</summary>
    /// <param name="result">The result.</param>
    /// <param name="options">Explanations and input rejections; <see cref="ScoringJsonOptions.Default"/> when omitted.</param>
    /// <returns>The register as JSON objects. For a large register, <see cref="ScoringJson.Write(Utf8JsonWriter, RegisterResult, ScoringJsonOptions)"/>
    /// writes the same without holding them all.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static RegisterResultJson From(RegisterResult result, ScoringJsonOptions? options = null)
    {
        Guard.NotNull(result);
        options ??= ScoringJsonOptions.Default;
        var explanations = options.IncludeExplanations;
        var appetite = result.Policy.Appetite;
        var quarter = (result.Quarter, result.Quarter.ToString());
        return new RegisterResultJson
        {
            Quarter = quarter.Item2,
            Policy = RegisterShapes.Policy(result.Policy),
            Entries = result.Entries.Select(e => RegisterShapes.Entry(e, explanations, quarter)).ToList(),
            Changes = result.Changes.Select(RegisterShapes.Change).ToList(),
            Findings = result.Findings.Select(RegisterShapes.Finding).ToList(),
            Rejections = RegisterShapes.Rejections(result, options).Select(RejectionJson.From).ToList(),
            HeatMaps = result.HeatMaps.All.Select(m => RegisterShapes.HeatMap(m, appetite)).ToList(),
        };
    }

    private static JsonElement Parsed(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
