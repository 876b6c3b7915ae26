using System.Linq;
using System.Text.Json;
using Lancs.Scoring.Json;
using Lancs.Scoring.Risk;
using Xunit;
using static Lancs.Scoring.Tests.Risk.RegisterFiles;

namespace Lancs.Scoring.Tests.Json;

/// <summary>The comparison of two policies in the JSON contract: what <c>diff --format json</c> writes.</summary>
public sealed class PolicyComparisonJsonTests
{
    [Fact]
    public void RealRegister_Threshold15_RoundTripsAndListsTheEntriesLeaving()
    {
        var comparison = PolicyComparison.Of(ScoringPolicy.Default, ScoringPolicy.Default.WithInclusionThreshold(15), Q2_2017, Rows(Q2_2017), Q1_2016, Rows(Q1_2016));

        var json = JsonSerializer.Serialize(PolicyComparisonJson.From(comparison), ScoringJsonContext.Default.PolicyComparisonJson);
        var read = JsonSerializer.Deserialize(json, ScoringJsonContext.Default.PolicyComparisonJson)!;

        Assert.Equal(json, JsonSerializer.Serialize(read, ScoringJsonContext.Default.PolicyComparisonJson));
        Assert.Equal(comparison.Leaving.Select(e => e.Entry.Id.Raw), read.Leaving);
        Assert.Empty(read.Entering);
        Assert.Equal(15, ScoringPolicy.FromJson(read.After.GetRawText()).InclusionThreshold);
        Assert.Equal(new[] { comparison.Before.CorporateRegister.Count, comparison.After.CorporateRegister.Count }, read.OnRegister);
        Assert.Contains(read.Changes, c => c.Before.SequenceEqual(new[] { "Remains" }) && c.After.Count == 0);
        Assert.Contains("\"findingsAppearing\":", json);
    }
}
