using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Json;

/// <summary>The register's types in the JSON contract's shape: one place that says which field holds what, used by the
/// streaming writer and by <see cref="RegisterResultJson"/> alike.</summary>
internal static class RegisterShapes
{
    /// <summary>Returns an entry's result in the contract's shape.</summary>
    /// <param name="e">The entry's result.</param>
    /// <param name="explanations">Whether to include the explanation.</param>
    /// <param name="quarter">The register's quarter and its text, written once for every entry of that quarter.</param>
    public static EntryJson Entry(EntryResult e, bool explanations, (Quarter Quarter, string Text) quarter)
    {
        var entry = e.Entry;
        var previous = e.Movement?.Previous;
        return new EntryJson
        {
            Id = entry.Id.Raw,
            Kind = entry.Kind.Name,
            Quarter = entry.Quarter == quarter.Quarter ? quarter.Text : entry.Quarter.ToString(),
            Description = entry.Description,
            Inherent = e.Inherent.Value,
            Residual = e.Residual?.Value,
            Target = e.Target?.Value,
            InherentCell = Cell(entry.Inherent, entry.Kind),
            ResidualCell = Cell(entry.Residual, entry.Kind),
            TargetCell = Cell(entry.Target, entry.Kind),
            AppetiteZone = e.AppetiteZone?.Name,
            OnCorporateRegister = e.IsOnCorporateRegister,
            
            // The same sentence as EntryResult.InclusionReason, written without keeping it on the result, so that writing a
            // large register does not grow it by a sentence an entry.
            Reason = Findings.InclusionReason(e.Inclusion),
            Direction = e.Direction?.Name,
            Previous = previous is null ? null : new PreviousEntryJson
            {
                Id = previous.Id.Raw,
                Quarter = previous.Quarter.ToString(),
                Residual = previous.JudgedScore.Value,
            },
            StatedDirection = e.Stated.Raw,
            StatedDirectionRead = e.Stated.Normalised?.Name,
            StatedDirectionReading = e.Stated.Reading.Name,
            Explanation = explanations ? e.ExplanationStepsUncached().Select(ExplanationStepJson.From).ToList() : null,
        };
    }

    public static ChangeJson Change(RegisterChange c) => new() { Id = c.Id.Raw, PreviousId = c.PreviousId?.Raw, Kind = c.Kind.Name, Text = c.Reason };

    public static FindingJson Finding(Finding f) => new() { Id = f.Id?.Raw, PreviousId = f.PreviousId?.Raw, Kind = f.Kind.Name, Text = f.Message };

    public static HeatMapJson HeatMap(EntryHeatMap map, RiskAppetite appetite) => new()
    {
        Kind = map.Kind.Name,
        Assessment = map.AssessmentKind.ToString().ToLowerInvariant(),
        Total = map.Total,
        Cells = map.Cells.Where(c => c.Count > 0).Select(c => new HeatMapCellJson
        {
            Impact = c.ImpactLabel,
            Likelihood = c.Cell.Likelihood.Name,
            Score = c.Cell.Score.Value,
            Count = c.Count,
            Ids = new IdList(c.Ids),
            AppetiteZone = appetite.Zones.FirstOrDefault(z => z.Contains(c.Cell))?.Name,
        }).ToList(),
        ByScore = RiskScore.All.Where(s => map.CountOfScore(s) > 0).Select(s => new ScoreCountJson
        {
            Score = s.Value,
            Count = map.CountOfScore(s),
            Ids = new IdList(map.IdsOfScore(s)),
        }).ToList(),
        Unplaced = new IdList(map.Unplaced),
    };

    public static IEnumerable<Rejection> Rejections(RegisterResult result, ScoringJsonOptions options) =>
        options.InputRejections.Concat(result.Rejections);

    /// <summary>The policy in its own file format, as a value that outlives the text it was read from.</summary>
    public static JsonElement Policy(ScoringPolicy policy)
    {
        using var document = JsonDocument.Parse(policy.ToJson());
        return document.RootElement.Clone();
    }

    private static CellJson? Cell(Assessment? assessment, RegisterKind kind) =>
        assessment?.Impact is { } impact && assessment.Likelihood is { } likelihood
            ? new CellJson { Impact = impact.LabelFor(kind), Likelihood = likelihood.Name }
            : null;
}
