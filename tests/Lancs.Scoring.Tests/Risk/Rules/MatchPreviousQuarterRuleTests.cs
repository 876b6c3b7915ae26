using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class MatchPreviousQuarterRuleTests
{
    [Fact]
    public void Fire_CR4InBothRegisters_PairedAndNewCR29Unpaired()
    {
        // 000:1457-1462 changes are reported against the previous register: CR4 is in 2016/17 (001:869) and 2017/18 (000:1520);
        // CR29 is new in 2017/18 (000:1458, 000:1545).
        RegisterEntry previousCr4 = Paper(Q1_2016, "CR4");
        RegisterEntry currentCr4 = Paper(Q2_2017, "CR4");
        BatchSession session = Run(Q2_2017, new[] { currentCr4, Paper(Q2_2017, "CR29") }, Matched(),
            Previous(Q1_2016, previousCr4, Paper(Q1_2016, "CR15")));

        PreviousMatch match = Assert.Single(session.Derived<PreviousMatch>());

        Assert.Same(currentCr4, match.Current.Entry);
        Assert.Same(previousCr4, match.Previous.Entry);
        Derivation why = session.AssertDerivedBy(match, "Match previous quarter", "000:1457-1462");
        Assert.Equal(new object[] { match.Current, match.Previous }, why.Sources);
    }

    [Fact]
    public void Fire_PrintedC01AgainstCO1_PairedByNormalisedId()
    {
        // The tables print C01 with a digit zero (000:1551) where the reports write CO1 (001:805): the same number.
        RegisterEntry previous = Entry(Q1_2016, "CO1", "12", "16", description: "Establishing a new model for public service delivery in Lancashire");
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "C01") }, Matched(), Previous(Q1_2016, previous));

        Assert.Same(previous, Assert.Single(session.Derived<PreviousMatch>()).Previous.Entry);
    }

    [Fact]
    public void Fire_IdAbsentFromThePreviousRegister_NoMatch()
    {
        // CR29 was not on the 2016/17 register (001:864-896).
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR29") }, Matched(), Previous(Q1_2016, Paper(Q1_2016, "CR24")));

        Assert.Empty(session.Derived<PreviousMatch>());
    }

    [Fact]
    public void Fire_RenumberedCR1_PairedByIdButNotByIdAndDescription()
    {
        // 002:264 the register was renumbered: CR1 was the medium term financial strategy (000:1516), now the Operational Plan (002:306).
        RegisterEntry current = Paper(Q1_2018, "CR1");
        var previous = Previous(Q2_2017, Paper(Q2_2017, "CR1"));
        ScoringPolicy byDescription = ScoringPolicy.Default.WithMatching(PreviousQuarterMatching.ByIdAndDescription);

        BatchSession byId = Run(Q1_2018, new[] { current }, Matched(), previous);
        BatchSession byIdAndDescription = Run(Q1_2018, new[] { current },
            new NRules.Fluent.Dsl.Rule[] { new ScoreEntryRule(byDescription), new MatchPreviousQuarterRule(byDescription) }, previous);

        Assert.Same(current, Assert.Single(byId.Derived<PreviousMatch>()).Current.Entry);
        Assert.Empty(byIdAndDescription.Derived<PreviousMatch>());
    }

    [Fact]
    public void Fire_RewordedCR4ByIdAndDescription_StillPaired()
    {
        // CR4's title gains "capability" (001:869 -> 000:1520): a rewording, not a new subject.
        ScoringPolicy byDescription = ScoringPolicy.Default.WithMatching(PreviousQuarterMatching.ByIdAndDescription);
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR4") },
            new NRules.Fluent.Dsl.Rule[] { new ScoreEntryRule(byDescription), new MatchPreviousQuarterRule(byDescription) },
            Previous(Q1_2016, Paper(Q1_2016, "CR4")));

        Assert.Equal("CR4", Assert.Single(session.Derived<PreviousMatch>()).Previous.Id.Raw);
    }
}
