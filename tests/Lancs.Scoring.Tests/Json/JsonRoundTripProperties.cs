using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Json;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Testing;

namespace Lancs.Scoring.Tests.Json;

/// <summary>Laws of the JSON contract over random two-quarter registers (cells, targets, appetite zones, renumberings).</summary>
public sealed class JsonRoundTripProperties
{
    private static readonly ConcurrentDictionary<(int, PreviousQuarterMatching, int), RegisterScorer> Scorers = new();

    /// <summary>One writer: what the streaming writer writes is what JsonSerializer writes for the DTO, and reading it back
    /// and writing it again gives the same text.</summary>
    [Property(MaxTest = 300, Arbitrary = new[] { typeof(RegisterArbitraries) })]
    public Property Write_AnyResult_IsTheDtoAndRoundTrips(TwoQuarterRegister run)
    {
        var result = Rescore(run);
        var streamed = JsonText.Streamed(result);
        var serialized = JsonText.Serialized(RegisterResultJson.From(result));
        var again = JsonText.Serialized(JsonSerializer.Deserialize(streamed, ScoringJsonContext.Default.RegisterResultJson)!);

        return (streamed == serialized).Label("streamed differs from JsonSerializer of the DTO")
            .And((again == streamed).Label("reading back and writing again changes the text"));
    }

    /// <summary>What is read back is the result: every entry's id, kind, scores, cells, inclusion, direction and zone, and
    /// every heat map's cell counts add up to its total with the unplaced ids.</summary>
    [Property(MaxTest = 300, Arbitrary = new[] { typeof(RegisterArbitraries) })]
    public Property Read_AnyResult_GivesBackItsEntriesAndHeatMaps(TwoQuarterRegister run)
    {
        var result = Rescore(run);
        var read = JsonSerializer.Deserialize(JsonText.Streamed(result), ScoringJsonContext.Default.RegisterResultJson)!;

        var expected = result.Entries.Select(e => (e.Entry.Id.Raw, e.Entry.Kind.Name, e.Inherent.Value, e.Residual?.Value, e.Target?.Value,
            Cell(e.Entry.Residual, e.Entry.Kind), e.IsOnCorporateRegister, e.Direction?.Name, e.Movement?.Previous?.Id.Raw, e.AppetiteZone?.Name)).ToList();
        var actual = read.Entries.Select(e => (e.Id, e.Kind, e.Inherent, e.Residual, e.Target,
            e.ResidualCell is { } c ? c.Impact + " x " + c.Likelihood : null, e.OnCorporateRegister, e.Direction, e.Previous?.Id, e.AppetiteZone)).ToList();
        var mapsAddUp = read.HeatMaps.All(m => m.Cells.Sum(c => c.Count) + m.Unplaced.Count == m.Total && m.ByScore.Sum(s => s.Count) == m.Total
            && m.Cells.All(c => c.Ids.Count == c.Count));
        var totals = read.HeatMaps.Select(m => m.Total).SequenceEqual(result.HeatMaps.All.Select(m => m.Total));

        return expected.SequenceEqual(actual).Label("entries differ")
            .And(mapsAddUp.Label("a heat map's cells and unplaced ids do not add up to its total"))
            .And(totals.Label("heat-map totals differ"))
            .And((read.Quarter == result.Quarter.ToString()).Label("quarter"))
            .And((read.Rejections.Count == result.Rejections.Count && read.Findings.Count == result.Findings.Count && read.Changes.Count == result.Changes.Count).Label("lists"));
    }

    private static string? Cell(Assessment? assessment, RegisterKind kind) =>
        assessment?.Impact is { } impact && assessment.Likelihood is { } likelihood ? impact.LabelFor(kind) + " x " + likelihood.Name : null;

    private static RegisterResult Rescore(TwoQuarterRegister run)
    {
        var scorer = Scorers.GetOrAdd((run.Threshold, run.Matching, run.Zones), _ => new RegisterScorer(run.Policy()));
        return scorer.RescoreEntries(TwoQuarterRegister.Quarter, run.CurrentEntries(), TwoQuarterRegister.PreviousQuarter, run.PreviousEntries(), run.Statements());
    }
}
