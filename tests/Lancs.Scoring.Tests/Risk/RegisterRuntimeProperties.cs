using System.Collections.Concurrent;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>The register rules give the same results, in the same order and with the same explanations, in the batch
/// engine and in an NRules 1.0.4 session: on random two-quarter registers and on the council's printed registers.</summary>
public sealed class RegisterRuntimeProperties
{
    private static readonly ConcurrentDictionary<(int, PreviousQuarterMatching, RuleRuntime), RegisterScorer> Scorers = new();

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(TwoQuarterArbitraries) })]
    public Property Rescore_RandomTwoQuarterRegisters_NRulesSessionDerivesWhatTheBatchEngineDerives(TwoQuarters run)
    {
        var batch = RuntimeAgreement.Describe(Rescore(run, RuleRuntime.Batch));
        var nrules = RuntimeAgreement.Describe(Rescore(run, RuleRuntime.NRules));

        return batch.SequenceEqual(nrules).Label(RuntimeAgreement.FirstDifference(batch, nrules));
    }

    [Theory]
    [InlineData("2016/17 Q1", null)]
    [InlineData("2017/18 Q2", "2016/17 Q1")]
    [InlineData("2018/19 Q1", "2017/18 Q2")]
    public void Rescore_PrintedRegisters_GiveTheSameResultsInBothRuntimes(string quarter, string? previous)
    {
        var current = Quarter.Parse(quarter);
        var before = previous is null ? (Quarter?)null : Quarter.Parse(previous);
        RegisterResult Run(RuleRuntime runtime) => new RegisterScorer(null, runtime).Rescore(current, RegisterFiles.Rows(current), before,
            before is { } q ? RegisterFiles.Rows(q) : null, RegisterFiles.Statements(current));

        var batch = RuntimeAgreement.Describe(Run(RuleRuntime.Batch));
        var nrules = RuntimeAgreement.Describe(Run(RuleRuntime.NRules));

        Assert.True(batch.Count > 20, "the printed register should give a result to compare");
        Assert.True(batch.SequenceEqual(nrules), RuntimeAgreement.FirstDifference(batch, nrules));
    }

    private static RegisterResult Rescore(TwoQuarters run, RuleRuntime runtime)
    {
        var scorer = Scorers.GetOrAdd((run.Threshold, run.Matching, runtime), key => new RegisterScorer(run.Policy(), key.Item3));
        return scorer.RescoreEntries(TwoQuarters.Quarter, run.CurrentEntries(), TwoQuarters.PreviousQuarter, run.PreviousEntries(), run.Statements());
    }
}
