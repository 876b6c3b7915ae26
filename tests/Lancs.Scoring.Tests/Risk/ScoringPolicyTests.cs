using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

public sealed class ScoringPolicyTests
{
    [Fact]
    public void Default_IsThePublishedPolicy()
    {
        var policy = ScoringPolicy.Default;

        Assert.Equal("Lancashire County Council corporate risk and opportunity register (published policy)", policy.Name);
        Assert.Equal(12, policy.InclusionThreshold);
        Assert.Equal(PreviousQuarterMatching.ByLineage, policy.Matching);
        Assert.Equal(0.5, policy.DescriptionSimilarity);
        Assert.Equal("corporate risk and opportunity register", policy.CorporateRegisterLabel);
        Assert.Equal("service risk register", policy.ServiceRegisterLabel);
        Assert.False(policy.RiskHigherIsBetter);
        Assert.True(policy.OpportunityHigherIsBetter);
    }

    [Fact]
    public void FromJson_OnlyThreshold_KeepsEveryOtherDefault()
    {
        var policy = ScoringPolicy.FromJson("{ \"inclusionThreshold\": 15 }");

        Assert.Equal(15, policy.InclusionThreshold);
        Assert.Equal(ScoringPolicy.Default.Matching, policy.Matching);
        Assert.Equal(ScoringPolicy.Default.Name, policy.Name);
    }

    [Fact]
    public void FromJson_ToJson_RoundTrips()
    {
        var policy = ScoringPolicy.Default.WithInclusionThreshold(9).WithMatching(PreviousQuarterMatching.ByIdAndDescription);

        var again = ScoringPolicy.FromJson(policy.ToJson());

        Assert.Equal((9, PreviousQuarterMatching.ByIdAndDescription), (again.InclusionThreshold, again.Matching));
    }

    [Fact]
    public void FromJson_DirectionSemantics_AreReadAndWritten()
    {
        var policy = ScoringPolicy.FromJson("{ \"opportunityHigherIsBetter\": false }");

        Assert.False(policy.HigherIsBetter(RegisterKind.Opportunity));
        Assert.False(policy.HigherIsBetter(RegisterKind.Risk));
        Assert.False(ScoringPolicy.FromJson(policy.ToJson()).OpportunityHigherIsBetter);
    }

    [Fact]
    public void FromJson_SeveralBadFields_ReportsEveryOneByName()
    {
        var ex = Assert.Throws<PolicyException>(() => ScoringPolicy.FromJson(
            "{ \"inclusionThreshold\": 30, \"matching\": \"ByTitle\", \"descriptionSimilarity\": 2, \"threshold\": 12 }"));

        Assert.Equal(new[]
        {
            "threshold: unknown field; the fields are name, inclusionThreshold, matching, descriptionSimilarity, corporateRegisterLabel, serviceRegisterLabel, riskHigherIsBetter, opportunityHigherIsBetter, zones, appetite, idPattern, kindFrom.",
            "inclusionThreshold: 30 is outside 1-25, the range of the 5x5 matrix.",
            "matching: 'ByTitle' is not ByLineage, ById or ByIdAndDescription.",
            "descriptionSimilarity: 2 is not a number from 0 to 1 (the share of description words in common).",
        }, ex.Problems);
    }

    [Theory]
    [InlineData("{ \"inclusionThreshold\": 12.5 }", "inclusionThreshold: 12.5 is not a whole number")]
    [InlineData("{ \"inclusionThreshold\": \"12\" }", "inclusionThreshold: \"12\" is not a whole number")]
    [InlineData("{ \"name\": \"\" }", "name: \"\" is not a non-empty string.")]
    [InlineData("[12]", "(file): the policy must be a JSON object")]
    [InlineData("{ \"opportunityHigherIsBetter\": \"yes\" }", "opportunityHigherIsBetter: \"yes\" is not true or false.")]
    [InlineData("{ inclusionThreshold: 12 ", "(file): not valid JSON")]
    public void FromJson_BadInput_NamesTheField(string json, string expected)
    {
        var ex = Assert.Throws<PolicyException>(() => ScoringPolicy.FromJson(json));

        Assert.StartsWith(expected, Assert.Single(ex.Problems));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(26)]
    public void WithInclusionThreshold_OffTheMatrixRange_Throws(int threshold)
    {
        Assert.Throws<PolicyException>(() => ScoringPolicy.Default.WithInclusionThreshold(threshold));
    }

    [Theory]
    [InlineData(12, 10, false)]
    [InlineData(12, 12, true)]
    [InlineData(12, 15, true)]
    [InlineData(15, 12, false)]
    [InlineData(15, 15, true)]
    public void Includes_ScoreAgainstThreshold_IsInclusive(int threshold, int score, bool included)
    {
        var policy = ScoringPolicy.Default.WithInclusionThreshold(threshold);

        Assert.Equal(included, policy.Includes(RiskScore.FromValue(score)));
    }
}
