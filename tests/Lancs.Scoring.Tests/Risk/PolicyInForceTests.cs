using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Explanations cite the policy in force: the paper for the published threshold, the changed policy otherwise.</summary>
public sealed class PolicyInForceTests
{
    [Fact]
    public void With_EachChange_IsAddedToThePolicysName()
    {
        var changed = ScoringPolicy.Default.WithInclusionThreshold(15).WithMatching(PreviousQuarterMatching.ById);

        Assert.Equal("Lancashire County Council corporate risk and opportunity register (published policy, changed: inclusion threshold 15; matching ById)", changed.Name);
        Assert.False(changed.HasPublishedThreshold);
        Assert.True(ScoringPolicy.Default.HasPublishedThreshold);
    }

    [Fact]
    public void Explanation_UnderThreshold15_CitesThePolicyInForceAndNotThePapersTwelve()
    {
        var scorer = new RegisterScorer(ScoringPolicy.Default.WithInclusionThreshold(15));

        var result = scorer.Rescore(RegisterFiles.Q2_2017, RegisterFiles.Rows(RegisterFiles.Q2_2017), RegisterFiles.Q1_2016, RegisterFiles.Rows(RegisterFiles.Q1_2016));
        var inclusion = result.Entries.Single(e => e.Entry.Id.Normalised == "CR1").Explanation.Single(s => s.Contains("'Corporate register inclusion'"));

        Assert.DoesNotContain("12 or above", inclusion);
        Assert.DoesNotContain("001:789", inclusion);
        Assert.Contains("(policy: 'Lancashire County Council corporate risk and opportunity register (published policy, changed: inclusion threshold 15)': residual 15 or above keeps an entry on the corporate risk and opportunity register)", inclusion);
        Assert.All(scorer.Rules.Where(r => r.Name is "Corporate register inclusion" or "Below threshold: service register" or "Remains on register"
            or "Returned to register" or "Removed below threshold" or "Removed without reason"), r => Assert.StartsWith("'Lancashire", r.Policy()));
    }

    [Fact]
    public void Explanation_UnderThePublishedPolicy_CitesThePaper()
    {
        var result = new RegisterScorer().Rescore(RegisterFiles.Q2_2017, RegisterFiles.Rows(RegisterFiles.Q2_2017));

        Assert.Contains("(policy: 001:789 'the residual risk score for the following entries remains 12 or above",
            result.Entries[0].Explanation.Single(s => s.Contains("'Corporate register inclusion'")));
    }
}
