using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class NewEntryRuleTests
{
    [Fact]
    public void Fire_CR29NotInThePreviousRegister_IsNewAndCR24IsNot()
    {
        // 000:1457 "for this quarter there are three new entries": CR29 (000:1458, table 000:1545); CR24 was there before (001:886).
        RegisterEntry cr29 = Paper(Q2_2017, "CR29");
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR24"), cr29 }, Matched(new NewEntryRule()),
            Previous(Q1_2016, Paper(Q1_2016, "CR24")));

        ScoreMovement movement = Assert.Single(session.Derived<ScoreMovement>());

        Assert.Same(cr29, movement.Entry);
        Assert.Equal(DirectionOfTravel.New, movement.Direction);
        Assert.Null(movement.From);
        Assert.Equal(16, movement.To.Value);
        Derivation why = session.AssertDerivedBy(movement, "New entry", "000:1457");
        Assert.Same(cr29, Assert.IsType<ScoredEntry>(Assert.Single(why.Sources)).Entry);
    }

    [Fact]
    public void Fire_NoPreviousRegisterGiven_NoEntryIsNew()
    {
        // Without a previous register there is no direction at all, not "New" for everything.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR29"), Paper(Q2_2017, "CR30") }, Matched(new NewEntryRule()));

        Assert.Empty(session.Derived<ScoreMovement>());
    }

    [Fact]
    public void Fire_EmptyPreviousRegisterGiven_EveryEntryIsNew()
    {
        // A previous register was given but holds nothing: the fact of it being given is what makes entries new.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR29"), Paper(Q2_2017, "CR30") }, Matched(new NewEntryRule()),
            Previous(Q1_2017));

        Assert.Equal(new[] { "CR29", "CR30" }, session.Derived<ScoreMovement>().Select(m => m.Entry.Id.Raw));
    }
}
