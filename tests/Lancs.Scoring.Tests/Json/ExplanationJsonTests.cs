using System.Linq;
using System.Text.Json;
using Lancs.Scoring.Json;
using Lancs.Scoring.Risk;
using Xunit;
using static Lancs.Scoring.Tests.Risk.RegisterFiles;

namespace Lancs.Scoring.Tests.Json;

/// <summary>Explanations in the JSON contract are data: rule, citation, facts used and derived, and the sentence.</summary>
public sealed class ExplanationJsonTests
{
    [Fact]
    public void Entries_CarryTheirExplanationSteps_AndReadBack()
    {
        var result = new RegisterScorer().Rescore(Q2_2017, Rows(Q2_2017), Q1_2016, Rows(Q1_2016));

        var read = JsonSerializer.Deserialize(JsonText.Streamed(result), ScoringJsonContext.Default.RegisterResultJson)!;

        Assert.Equal(
            result.Entries.SelectMany(e => e.ExplanationSteps.Select(s => (s.Rule, s.Citation, s.Derived.Kind, s.Used.Count, s.Sentence))),
            read.Entries.SelectMany(e => e.Explanation!.Select(s => (s.Rule, s.Citation, s.Derived.Kind, s.Used.Count, s.Sentence))));
        var inclusion = read.Entries[0].Explanation!.Single(s => s.Rule == "Corporate register inclusion");
        Assert.Equal(("ScoredEntry", read.Entries[0].Id), (inclusion.Used.Single().Kind, inclusion.Used[0].Id));
    }
}
