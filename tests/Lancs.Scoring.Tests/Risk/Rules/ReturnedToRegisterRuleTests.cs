using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class ReturnedToRegisterRuleTests
{
    [Fact]
    public void Fire_CR4ReassessedAndIncreasedTo12_AddedBack()
    {
        // 001:794 "CR4 ... Residual score reassessed and increased to 12" (table 16 / 12, 001:869). The previous register (Q4
        // 2015/16) is not in the papers; 16 / 9 stands in for "below 12".
        RegisterEntry current = Paper(Q1_2016, "CR4");
        RegisterEntry previous = Entry(Quarter.Parse("2015/16 Q4"), "CR4", "16", "9", description: current.Description);
        BatchSession session = Run(Q1_2016, new[] { current }, IncludedAndMatched(new ReturnedToRegisterRule(Policy)),
            Previous(Quarter.Parse("2015/16 Q4"), previous));

        RegisterChange change = Assert.Single(session.Derived<RegisterChange>());

        Assert.Equal("CR4", change.Id.Raw);
        Assert.Equal(RegisterChangeKind.Added, change.Kind);
        Assert.Equal("residual rose from 9 to 12, at or above 12: added to the register.", change.Reason);
        Derivation why = session.AssertDerivedBy(change, "Returned to register", "001:794");
        Assert.Same(current, Assert.IsType<Inclusion>(why.Sources[0]).Entry);
        Assert.Same(previous, Assert.IsType<PreviousMatch>(why.Sources[1]).Previous.Entry);
    }

    [Fact]
    public void Fire_PreviousResidualAlready12_NotReturned()
    {
        // CR20 "Residual score remains at 12" (000:1475): 12 in 2016/17 (001:882) and in 2017/18 (000:1535) never left.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR20") }, IncludedAndMatched(new ReturnedToRegisterRule(Policy)),
            Previous(Q1_2016, Paper(Q1_2016, "CR20")));

        Assert.Single(session.Derived<PreviousMatch>());
        Assert.Empty(session.Derived<RegisterChange>());
    }

    [Fact]
    public void Fire_ResidualRoseButStillBelow12_NotReturned()
    {
        // From 9 to 10 the entry stays on its service register (001:817): not back on the corporate register.
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR4", residual: "10") }, IncludedAndMatched(new ReturnedToRegisterRule(Policy)),
            Previous(Quarter.Parse("2015/16 Q4"), Entry(Quarter.Parse("2015/16 Q4"), "CR4", "16", "9")));

        Assert.Single(session.Derived<PreviousMatch>());
        Assert.Empty(session.Derived<RegisterChange>());
    }
}
