using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class AddedToRegisterRuleTests
{
    [Fact]
    public void Fire_NewCR29At16_Added()
    {
        // 000:1484 CR29 "the residual score remains above 12 so it has been added to the register" (table 20 / 16, 000:1545);
        // CR24 was on the previous register (001:886) and is not added.
        RegisterEntry cr29 = Paper(Q2_2017, "CR29");
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR24"), cr29 }, IncludedAndMatched(new AddedToRegisterRule()),
            Previous(Q1_2016, Paper(Q1_2016, "CR24")));

        RegisterChange change = Assert.Single(session.Derived<RegisterChange>());

        Assert.Equal("CR29", change.Id.Raw);
        Assert.Equal(RegisterChangeKind.Added, change.Kind);
        Assert.Equal("new entry with residual 16: added to the register.", change.Reason);
        Derivation why = session.AssertDerivedBy(change, "Added to register", "000:1484");
        Inclusion inclusion = Assert.IsType<Inclusion>(Assert.Single(why.Sources));
        Assert.Same(cr29, inclusion.Entry);
    }

    [Fact]
    public void Fire_2017RegisterAgainst2016_AddsTheEntriesWithNoPreviousNumber()
    {
        // 000:1457-1460 names CR29, CR30 and CO5 as new "for this quarter"; CR27 and CR28 joined after 2016/17 Q1 too
        // (CR28 in Q1 2017/18, 000:85), so against the 2016/17 register all five are added.
        BatchSession session = Run(Q2_2017, Register(Q2_2017), IncludedAndMatched(new AddedToRegisterRule()),
            new PreviousRegister(Q1_2016, Register(Q1_2016)));

        Assert.Equal(new[] { "CR27", "CR28", "CR29", "CR30", "CO5" }, session.Derived<RegisterChange>().Select(c => c.Id.Raw));
    }

    [Fact]
    public void Fire_NoPreviousRegisterGiven_NothingAdded()
    {
        // Without the previous register nothing can be said to be new.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR29") }, IncludedAndMatched(new AddedToRegisterRule()));

        Assert.True(Assert.Single(session.Derived<Inclusion>()).IsOnCorporateRegister);
        Assert.Empty(session.Derived<RegisterChange>());
    }

    [Fact]
    public void Fire_NewEntryBelow12_NotAdded()
    {
        // A new entry at 10, below the threshold of 000:1484 "remains above 12", stays off the corporate register.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR29", residual: "10") }, IncludedAndMatched(new AddedToRegisterRule()),
            Previous(Q1_2016, Paper(Q1_2016, "CR24")));

        Assert.False(Assert.Single(session.Derived<Inclusion>()).IsOnCorporateRegister);
        Assert.Empty(session.Derived<RegisterChange>());
    }
}
