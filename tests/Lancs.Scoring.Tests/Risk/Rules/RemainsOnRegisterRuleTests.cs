using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class RemainsOnRegisterRuleTests
{
    [Fact]
    public void Fire_CR20At12InBothQuarters_Remains()
    {
        // 001:802 / 000:1475 "Residual score remains at 12": CR20 16 / 12 in 2016/17 (001:882) and 2017/18 (000:1535).
        RegisterEntry current = Paper(Q2_2017, "CR20");
        BatchSession session = Run(Q2_2017, new[] { current }, IncludedAndMatched(new RemainsOnRegisterRule(Policy)),
            Previous(Q1_2016, Paper(Q1_2016, "CR20")));

        RegisterChange change = Assert.Single(session.Derived<RegisterChange>());

        Assert.Equal("CR20", change.Id.Raw);
        Assert.Equal(RegisterChangeKind.Remains, change.Kind);
        Assert.Equal("residual remains at 12, 12 or above: remains on the register.", change.Reason);
        Derivation why = session.AssertDerivedBy(change, "Remains on register", "001:789");
        Assert.Same(current, Assert.IsType<Inclusion>(why.Sources[0]).Entry);
        Assert.Equal("CR20", Assert.IsType<PreviousMatch>(why.Sources[1]).Previous.Id.Raw);
    }

    [Fact]
    public void Fire_CR24ResidualRose12To16_Rescored()
    {
        // CR24 16 / 12 (001:886) -> 20 / 16 (000:1538): on the register in both quarters with a different residual.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR24") }, IncludedAndMatched(new RemainsOnRegisterRule(Policy)),
            Previous(Q1_2016, Paper(Q1_2016, "CR24")));

        RegisterChange change = Assert.Single(session.Derived<RegisterChange>());

        Assert.Equal(RegisterChangeKind.Rescored, change.Kind);
        Assert.Equal("residual reassessed from 12 to 16, still 12 or above: remains on the register.", change.Reason);
    }

    [Fact]
    public void Fire_PreviousResidualBelow12_DoesNotRemain()
    {
        // 001:794 CR4 "increased to 12": from 9 (not printed) it returns to the register, it does not remain.
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR4") }, IncludedAndMatched(new RemainsOnRegisterRule(Policy)),
            Previous(Quarter.Parse("2015/16 Q4"), Entry(Quarter.Parse("2015/16 Q4"), "CR4", "16", "9")));

        Assert.Single(session.Derived<PreviousMatch>());
        Assert.Empty(session.Derived<RegisterChange>());
    }

    [Fact]
    public void Fire_CurrentResidualBelow12_DoesNotRemain()
    {
        // CR20 at 12 in 2016/17 (001:882) falling to 10 leaves the corporate register (001:817).
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR20", residual: "10") }, IncludedAndMatched(new RemainsOnRegisterRule(Policy)),
            Previous(Q1_2016, Paper(Q1_2016, "CR20")));

        Assert.Empty(session.Derived<RegisterChange>());
    }

    [Fact]
    public void Fire_2016To2017Registers_EveryMatchedEntryRemainsOrIsRescored()
    {
        // Of the 17 numbers in both registers, only CR24 changed its residual (001:886, 000:1538).
        BatchSession session = Run(Q2_2017, Register(Q2_2017), IncludedAndMatched(new RemainsOnRegisterRule(Policy)),
            new PreviousRegister(Q1_2016, Register(Q1_2016)));

        var changes = session.Derived<RegisterChange>();

        Assert.Equal(17, changes.Count);
        Assert.Equal(new[] { "CR24" }, changes.Where(c => c.Kind == RegisterChangeKind.Rescored).Select(c => c.Id.Raw));
    }
}
