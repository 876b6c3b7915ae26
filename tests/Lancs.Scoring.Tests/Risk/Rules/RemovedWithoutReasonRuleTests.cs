using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class RemovedWithoutReasonRuleTests
{
    [Fact]
    public void Fire_CO3GoneFromThe2017Register_RemovedWithNoReasonInferred()
    {
        // 000:1461-1462 "one deletion: CO3 ..." with no reason given, though its last residual was 16 (001:895).
        RegisterEntry co3 = Paper(Q1_2016, "CO3");
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "C01"), Paper(Q2_2017, "C02") }, Matched(new RemovedWithoutReasonRule(Policy)),
            Previous(Q1_2016, Paper(Q1_2016, "C01"), Paper(Q1_2016, "C02"), co3));

        RegisterChange change = Assert.Single(session.Derived<RegisterChange>());

        Assert.Equal("CO3", change.Id.Raw);
        Assert.Equal(RegisterChangeKind.Removed, change.Kind);
        Assert.Equal("on the previous register with residual 16 but not on this one; the register gives no reason, so none is inferred.", change.Reason);
        Derivation why = session.AssertDerivedBy(change, "Removed without reason", "000:1461-1462");
        Assert.Same(co3, Assert.IsType<PreviousQuarterEntry>(Assert.Single(why.Sources)).Entry);
    }

    [Fact]
    public void Fire_2016To2017Registers_CR15AndCO3Removed()
    {
        // Against 2016/17 Q1 (001:864-896) the 2017/18 Q2 register has lost CR15 (001:878) and CO3 (000:1462); CR15 must have
        // gone in a quarter the papers do not print.
        BatchSession session = Run(Q2_2017, Register(Q2_2017), Matched(new RemovedWithoutReasonRule(Policy)),
            new PreviousRegister(Q1_2016, Register(Q1_2016)));

        Assert.Equal(new[] { "CR15", "CO3" }, session.Derived<RegisterChange>().Select(c => c.Id.Raw));
    }

    [Fact]
    public void Fire_GoneButBelow12LastQuarter_NotReported()
    {
        // An entry at 10 was not on the corporate register last quarter (001:817), so its absence now is no removal.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "C01") }, Matched(new RemovedWithoutReasonRule(Policy)),
            Previous(Q1_2016, Paper(Q1_2016, "C01"), Paper(Q1_2016, "CO3", residual: "10")));

        Assert.Empty(session.Derived<RegisterChange>());
    }

    [Fact]
    public void Fire_StillOnTheRegister_NotReported()
    {
        // C01 is on both registers (001:891, 000:1551).
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "C01") }, Matched(new RemovedWithoutReasonRule(Policy)),
            Previous(Q1_2016, Paper(Q1_2016, "C01")));

        Assert.Single(session.Derived<PreviousMatch>());
        Assert.Empty(session.Derived<RegisterChange>());
    }
}
