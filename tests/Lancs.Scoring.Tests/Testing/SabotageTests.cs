using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Testing;
using Xunit;

namespace Lancs.Scoring.Tests.Testing;

/// <summary>Each law can fail: given a subject broken by hand (a scorer that drops, adds or mislabels), it reports a
/// counter-example. A law that passed these would be a check that cannot fail.</summary>
public sealed class SabotageTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    [Fact]
    public void InclusionLaw_ScorerThatLeavesOffEntriesAtTheThreshold_Fails()
    {
        // A scorer whose policy is one above what the law is told: entries exactly at the threshold are left off.
        RegisterRescore offByOne = (policy, quarter, current, previous) =>
            new RegisterScorer(policy.WithInclusionThreshold(Math.Min(25, policy.InclusionThreshold + 1))).RescoreEntries(quarter, current, quarter.Previous, previous);

        var failure = Fails(RegisterLaws.InclusionFollowsTheThreshold(ScoringPolicy.Default, offByOne));

        Assert.Contains("is off the register at threshold 12", failure);
    }

    [Fact]
    public void ThresholdLaw_ScorerThatInvertsTheThreshold_Fails()
    {
        // Inverted: threshold t scored as 26 - t, so raising the threshold lowers the bar.
        RegisterRescore inverted = (policy, quarter, current, previous) =>
            new RegisterScorer(policy.WithInclusionThreshold(26 - policy.InclusionThreshold)).RescoreEntries(quarter, current, quarter.Previous, previous);

        Assert.Contains("adds", Fails(RegisterLaws.RaisingTheThresholdNeverAddsAnEntry(ScoringPolicy.Default, inverted)));
    }

    [Fact]
    public void ResidualLaw_ScorerThatDropsTheHighestResidual_Fails()
    {
        RegisterRescore dropsTopScores = (policy, quarter, current, previous) =>
            new RegisterScorer(policy).RescoreEntries(quarter, current.Where(e => e.Residual!.Score.Value < 25).ToList(), quarter.Previous, previous);

        Assert.Contains("removes", Fails(RegisterLaws.RaisingAResidualNeverRemovesAnEntry(ScoringPolicy.Default, dropsTopScores)));
    }

    [Fact]
    public void DirectionLaw_ScorerThatComparesInherentScores_Fails()
    {
        // Compares this quarter's residual with last quarter's inherent score: no longer antisymmetric.
        RegisterRescore inherentAsPrevious = (policy, quarter, current, previous) =>
            new RegisterScorer(policy).RescoreEntries(quarter, current, quarter.Previous,
                previous?.Select(e => new RegisterEntry(e.Id, e.Quarter, e.Description, e.Inherent, e.Inherent, e.StatedDirection, position: e.Position)).ToList());

        Fails(RegisterLaws.DirectionIsAntisymmetric(ScoringPolicy.Default, inherentAsPrevious));
    }

    [Fact]
    public void BandLaws_CatalogueWithPolaritiesFlipped_Fail()
    {
        var lying = new KpiScorer(KpiCatalogue.Papers.With(KpiCatalogue.Papers.Indicators
            .Where(i => i.IsBanded && !i.IsBandedByTarget && i.Thresholds.All(t => t.IsAbsolute))
            .Select(i => Indicator.Create(i.Code, i.Name, i.Unit, i.Polarity.Flipped, i.Scheme, i.Thresholds.Reverse(), i.Boundary, i.Minimum, i.Maximum))));

        // The law is told the papers' catalogue but scored with every absolute indicator's polarity flipped (and its
        // thresholds reversed to suit): a catalogue that bands the wrong way round.
        Fails(KpiLaws.BandingIsMonotone(KpiCatalogue.Papers, lying.Score));
        Fails(KpiLaws.OneBandPerValue(KpiCatalogue.Papers, lying.Score));
    }

    [Fact]
    public void PartitionLaw_ClassifierThatLosesAnOutcome_Fails()
    {
        var withoutUpheld = new ComplaintClassifier(OutcomeGrouping.Default.Without(ComplaintStream.ChildrensSocialCare, ComplaintOutcome.Upheld));

        Fails(ComplaintLaws.OutcomeGroupsPartitionTheOutcomes(OutcomeGrouping.Default, withoutUpheld.Classify));
    }

    private static string Fails(Property law)
    {
        var failure = Assert.ThrowsAny<Exception>(() => law.Check(Quick));
        return failure.Message;
    }
}
