using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class RemovedBelowThresholdRuleTests
{
    private const string CivilEmergency = "Failure to respond effectively to a major civil emergency and play our part in the strategic coordination.";

    private static readonly Quarter Q4_2015 = Quarter.Parse("2015/16 Q4");

    [Fact]
    public void Fire_CR9ResidualReducedBelow12_RemovedToTheServiceRegister()
    {
        // 001:817 "removed from the corporate risk register because the mitigating actions have reduced the residual risk score
        // to below 12"; CR9 civil emergency (001:821). Its scores are not printed: 16 / 12 before and 16 / 8 now stand in.
        RegisterEntry current = Entry(Q1_2016, "CR9", "16", "8", description: CivilEmergency);
        BatchSession session = Run(Q1_2016, new[] { current }, IncludedAndMatched(new RemovedBelowThresholdRule(Policy)),
            Previous(Q4_2015, Entry(Q4_2015, "CR9", "16", "12", description: CivilEmergency)));

        RegisterChange change = Assert.Single(session.Derived<RegisterChange>());

        Assert.Equal("CR9", change.Id.Raw);
        Assert.Equal(RegisterChangeKind.Removed, change.Kind);
        Assert.Equal("mitigating actions reduced the residual from 12 to 8, below 12: removed from the corporate risk and opportunity register; it remains on the service risk register.", change.Reason);
        Derivation why = session.AssertDerivedBy(change, "Removed below threshold", "001:817");
        Inclusion inclusion = Assert.IsType<Inclusion>(why.Sources[0]);
        Assert.Same(current, inclusion.Entry);
        Assert.False(inclusion.IsOnCorporateRegister);
    }

    [Fact]
    public void Fire_ResidualStill12_NotRemoved()
    {
        // 001:802 CR20 "Residual score remains at 12": 12 is not below 12.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR20") }, IncludedAndMatched(new RemovedBelowThresholdRule(Policy)),
            Previous(Q1_2016, Paper(Q1_2016, "CR20")));

        Assert.Single(session.Derived<PreviousMatch>());
        Assert.Empty(session.Derived<RegisterChange>());
    }

    [Fact]
    public void Fire_AlreadyBelow12LastQuarter_NotRemovedAgain()
    {
        // An entry at 10 then and 8 now was not on the corporate register to be removed from.
        BatchSession session = Run(Q1_2016, new[] { Entry(Q1_2016, "CR9", "16", "8", description: CivilEmergency) },
            IncludedAndMatched(new RemovedBelowThresholdRule(Policy)),
            Previous(Q4_2015, Entry(Q4_2015, "CR9", "16", "10", description: CivilEmergency)));

        Assert.Single(session.Derived<PreviousMatch>());
        Assert.Empty(session.Derived<RegisterChange>());
    }
}
