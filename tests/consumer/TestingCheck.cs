using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Testing;

/// <summary>A council's test of its own rule change, with the packed Lancs.Scoring.Testing: the laws hold for its policy,
/// and a law given a scorer broken by hand reports a counter-example.</summary>
internal static class TestingCheck
{
    public static string Run()
    {
        // The example of docs/rule-change-workflow.md: two laws on the proposed policy, 100 generated registers each.
        RuleChangeLawExample.Run();

        // A scorer that leaves off entries exactly at the threshold must fail the inclusion law.
        RegisterRescore offByOne = (policy, quarter, current, previous) =>
            new RegisterScorer(policy.WithInclusionThreshold(policy.InclusionThreshold + 1)).RescoreEntries(quarter, current, quarter.Previous, previous);
        try
        {
            RegisterLaws.InclusionFollowsTheThreshold(ScoringPolicy.Default, offByOne).Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true));
        }
        catch (Exception ex) when (ex.Message.Contains("is off the register at threshold 12"))
        {
            return "the laws hold for the proposed policy; a scorer off by one fails: " + ex.Message.Split('\n').First(l => l.Contains("threshold 12")).Trim();
        }

        throw new InvalidOperationException("the inclusion law passed a scorer that leaves off entries at the threshold");
    }
}
