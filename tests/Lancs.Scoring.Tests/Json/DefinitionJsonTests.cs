using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Json;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Tests.Packaging;
using Xunit;

namespace Lancs.Scoring.Tests.Json;

/// <summary>The KPI catalogue and the outcome grouping as JSON: the papers' catalogue and the reports' grouping round-trip,
/// and a bad file lists every problem at once, each naming its field.</summary>
public sealed class DefinitionJsonTests
{
    [Theory]
    [InlineData("kpi-catalogue-papers.json")]
    [InlineData("outcome-grouping-default.json")]
    public void PublishedFile_IsWhatTheLibraryWrites_AndReadsBack(string file)
    {
        var path = Path.Combine(PackageFixture.RepositoryRoot(), "docs", "json", file);
        var written = (file.StartsWith("kpi", StringComparison.Ordinal) ? KpiCatalogue.Papers.ToJson() : OutcomeGrouping.Default.ToJson()).Replace("\r\n", "\n") + "\n";
        if (Environment.GetEnvironmentVariable("LANCS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, written);
        }

        var text = File.ReadAllText(path).Replace("\r\n", "\n");

        Assert.Equal(written, text);
        Assert.Equal(written.TrimEnd('\n'), file.StartsWith("kpi", StringComparison.Ordinal) ? KpiCatalogue.FromJson(text).ToJson() : OutcomeGrouping.FromJson(text).ToJson());
    }

    [Fact]
    public void KpiCatalogue_Papers_RoundTripsIndicatorByIndicator()
    {
        var json = KpiCatalogue.Papers.ToJson();

        var read = KpiCatalogue.FromJson(json);

        Assert.Equal(KpiCatalogue.Papers.Indicators.Select(Describe), read.Indicators.Select(Describe));
        Assert.Equal(json, read.ToJson());
    }

    [Fact]
    public void KpiCatalogue_EveryKindOfIndicator_RoundTripsAndBandsAlike()
    {
        var council = BandingScheme.Create("Council key", "Exceeding", "Meeting", "Missing");
        var catalogue = KpiCatalogue.Create(new[]
        {
            Indicator.Create("OWN-1", "Own scheme, relative thresholds", KpiUnit.Percentage, Polarity.HigherIsBetter, council,
                new[] { Threshold.RelativeTo(ComparatorKind.England, 1.1m, 0m), Threshold.Absolute(50m) }, BoundaryRule.ToWorseBand,
                comparators: new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = 60m }, source: "council:1"),
            Indicator.CreateRag("RAG-1", "Banded by target", KpiUnit.Days, Polarity.LowerIsBetter,
                TargetBanding.Create(Tolerance.PercentOfTarget(5m), BoundaryRule.ToWorseBand, Tolerance.Absolute(2m)), target: 20m, maximum: 365m),
            Indicator.CreateDataOnly("DATA-1", "Contacts in the year", KpiUnit.Count, Polarity.None, minimum: 1m),
            Indicator.Create("TRACKED-1", "Tracked, never banded", KpiUnit.RatePer10000, Polarity.LowerIsBetter, null, target: 40m),
        });
        var read = KpiCatalogue.FromJson(catalogue.ToJson());
        var observations = new[] { 10m, 19m, 20.5m, 21m, 23m, 48m, 55m, 66m, 70m }
            .SelectMany(v => catalogue.Indicators.Select(i => KpiObservation.Create(i.Code, KpiPeriod.Ending(2018, 3), v,
                new Dictionary<ComparatorKind, decimal> { [ComparatorKind.England] = 60m }))).ToList();

        Assert.Equal(catalogue.Indicators.Select(Describe), read.Indicators.Select(Describe));
        Assert.Equal(Bands(catalogue, observations), Bands(read, observations));
        Assert.Contains("\"scheme\": {", catalogue.ToJson());
    }

    [Fact]
    public void KpiCatalogue_BadFile_ListsEveryProblemNamingItsField()
    {
        const string json = """
            { "indicators": [
                { "code": "A", "name": "First", "unit": "Furlongs", "polarity": "H", "scheme": "Threshold categories", "thresholds": [ 90, "x", 70 ] },
                { "code": "a", "name": "Same code", "unit": "Percentage", "polarity": "L" },
                { "code": "B", "name": "Bad order", "unit": "Percentage", "polarity": "H", "scheme": "Corporate key 2018", "thresholds": [ 50, 80 ], "colour": "red" },
                { "code": "C", "name": "Both", "unit": "Count", "polarity": "sideways", "dataOnly": true, "rag": { "amber": { "amount": -1 } } }
            ] }
            """;

        var error = Assert.Throws<DefinitionException>(() => KpiCatalogue.FromJson(json));

        Assert.Equal("KPI catalogue", error.Definition);
        Assert.Contains(error.Problems, p => p.StartsWith("indicators[0].unit: \"Furlongs\" is not one of Percentage", System.StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("indicators[0].thresholds[1]: \"x\" is not a number", System.StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("indicators[2].colour: unknown field", System.StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("indicators[3].polarity:", System.StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("indicators[3]: give one of scheme", System.StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("indicators[3].rag.amber.amount: -1 is below 0", System.StringComparison.Ordinal));
        Assert.Contains("- indicators[0].unit", error.Message);
    }

    [Fact]
    public void KpiCatalogue_DuplicateAndMisorderedIndicators_AreProblemsToo()
    {
        const string json = """
            { "indicators": [
                { "code": "A", "name": "First", "unit": "Percentage", "polarity": "H" },
                { "code": "a", "name": "Same code", "unit": "Percentage", "polarity": "L" },
                { "code": "B", "name": "Bad order", "unit": "Percentage", "polarity": "H", "scheme": "Corporate key 2018", "thresholds": [ 50, 80 ] }
            ] }
            """;

        var error = Assert.Throws<DefinitionException>(() => KpiCatalogue.FromJson(json));

        Assert.Equal(2, error.Problems.Count);
        Assert.StartsWith("indicators[1].code: 'a' is the code of indicators[0] too", error.Problems[0], System.StringComparison.Ordinal);
        Assert.StartsWith("indicators[2]: Indicator 'B'", error.Problems[1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void OutcomeGrouping_Default_RoundTripsEntryByEntryAndStageByStage()
    {
        var json = OutcomeGrouping.Default.ToJson();

        var read = OutcomeGrouping.FromJson(json);

        Assert.Equal(OutcomeGrouping.Default.Entries.Select(e => e.ToString()), read.Entries.Select(e => e.ToString()));
        var stages = from s in ComplaintStream.List from t in ComplaintStage.List select (s, t);
        Assert.Equal(stages.Select(p => OutcomeGrouping.Default.AllowsStage(p.s, p.t)), stages.Select(p => read.AllowsStage(p.s, p.t)));
        Assert.Contains(stages, p => read.AllowsStage(p.s, p.t));
        Assert.Equal(json, read.ToJson());
        Assert.Contains("\"ResolvedInformally\": \"NippedInTheBud\"", json);
    }

    [Fact]
    public void OutcomeGrouping_ChangedInJson_ClassifiesByTheFile()
    {
        var json = OutcomeGrouping.Default.ToJson().Replace("\"ReferredBack\": \"CouncilActionSufficient\"", "\"ReferredBack\": \"ReferredBack\"");

        var read = OutcomeGrouping.FromJson(json);

        Assert.True(read.TryGroup(ComplaintStream.OmbudsmanCorporate, ComplaintOutcome.ReferredBack, out var group));
        Assert.Equal(OutcomeGroup.ReferredBack, group);
        Assert.True(OutcomeGrouping.Default.TryGroup(ComplaintStream.OmbudsmanCorporate, ComplaintOutcome.ReferredBack, out var published));
        Assert.Equal(OutcomeGroup.CouncilActionSufficient, published);
    }

    [Fact]
    public void OutcomeGrouping_BadFile_ListsEveryProblemNamingItsField()
    {
        const string json = """
            { "streams": [
                { "stream": "Corporate", "stages": [ "Stage1", "Stage9" ], "outcomes": { "Upheld": "Justified", "Shrugged": "NotUpheld", "NotUpheld": "Dismissed" } },
                { "stream": "Corporate", "stages": [ ], "outcomes": { } },
                { "stream": "Parish", "outcomes": { } }
            ], "year": 2016 }
            """;

        var error = Assert.Throws<DefinitionException>(() => OutcomeGrouping.FromJson(json));

        Assert.Equal(new[]
        {
            "year: unknown field; the fields are streams.",
            "streams[0].stages[1]: \"Stage9\" is not one of Stage0, Formal, Stage1, Stage2, Stage3, RoutineServiceIssue, Informal, Ombudsman.",
            "streams[0].outcomes.Shrugged: unknown outcome; the outcomes are " + string.Join(", ", ComplaintOutcome.List.OrderBy(o => o.Value).Select(o => o.Name)) + ".",
            "streams[0].outcomes.NotUpheld: \"Dismissed\" is not one of " + string.Join(", ", OutcomeGroup.List.OrderBy(o => o.Value).Select(o => o.Name)) + ".",
            "streams[1].stream: 'Corporate' is listed twice; give each stream once.",
            "streams[2].stream: \"Parish\" is not one of " + string.Join(", ", ComplaintStream.List.OrderBy(o => o.Value).Select(o => o.Name)) + ".",
            "streams[2].stages: missing; list the stages of the stream's procedure, such as [ \"Stage0\", \"Formal\" ].",
        }, error.Problems);
    }

    [Theory]
    [InlineData("{ \"indicators\": [ ", "(file): not valid JSON")]
    [InlineData("[ ]", "(file): the KPI catalogue must be a JSON object.")]
    [InlineData("{ }", "indicators: missing;")]
    [InlineData("{ \"indicators\": { } }", "indicators: {")]
    [InlineData("{ \"indicators\": [ 7 ] }", "indicators[0]: 7 is not an object")]
    [InlineData("{ \"indicators\": [ { \"code\": \"A\u200B\", \"name\": \"N\", \"unit\": \"Count\", \"polarity\": \"-\" } ] }", "indicators[0].code: 'A\\u200B' is 2 characters and holds control or invisible characters")]
    public void KpiCatalogue_HostileText_IsAProblemNeverACrash(string json, string problem)
    {
        var error = Assert.Throws<DefinitionException>(() => KpiCatalogue.FromJson(json));

        Assert.StartsWith(problem, error.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Definitions_TooLongOrTooDeep_AreProblemsNeverCrashes()
    {
        var deep = new string('[', 5000) + new string(']', 5000);
        var longText = "{ \"streams\": [] " + new string(' ', (1 << 20) + 1) + "}";

        Assert.StartsWith("(file): not valid JSON", Assert.Throws<DefinitionException>(() => OutcomeGrouping.FromJson(deep)).Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("(file): the outcome grouping is 1,048,", Assert.Throws<DefinitionException>(() => OutcomeGrouping.FromJson(longText)).Problems[0], StringComparison.Ordinal);
    }

    internal static string Describe(Indicator i) => string.Join(" | ", i.Code, i.Name, i.Unit.Name, i.Polarity.Name, i.Scheme?.Name ?? "-",
        string.Join("/", i.Scheme?.Bands.Select(b => b.Name) ?? Enumerable.Empty<string>()), string.Join("/", i.Thresholds.Select(t => t.ToString())),
        i.Boundary.Name, i.Minimum, i.Maximum?.ToString() ?? "-", i.Target?.ToString() ?? "-",
        string.Join("/", i.Comparators.OrderBy(c => c.Key.Value).Select(c => c.Key.Name + "=" + c.Value)), i.Source, i.ThresholdsAreIllustrative,
        i.TargetBanding?.ToString() ?? "-", i.IsDataOnly);

    private static IEnumerable<string> Bands(KpiCatalogue catalogue, IEnumerable<KpiObservation> observations) =>
        new KpiScorer(catalogue).Score(observations).Results.Select(r => r.Indicator.Code + " " + r.Observation.Value + " " + r.Assignment + " " + r.Target.Name);
}
