using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class ServiceRegisterRuleTests
{
    [Fact]
    public void Fire_ResidualBelow12_OffTheCorporateRegisterOntoTheServiceRegister()
    {
        // 001:817 "reduced the residual risk score to below 12. However, the risks will remain on service risk registers":
        // CR9 civil emergency (001:821); its scores are not printed, so 16 / 10 stands in for them.
        RegisterEntry cr9 = Entry(Q1_2016, "CR9", "16", "10", description: "Failure to respond effectively to a major civil emergency and play our part in the strategic coordination.");
        BatchSession session = Run(Q1_2016, new[] { cr9 }, Scored(new ServiceRegisterRule(Policy)));

        Inclusion inclusion = Assert.Single(session.Derived<Inclusion>());

        Assert.False(inclusion.IsOnCorporateRegister);
        Assert.Same(cr9, inclusion.Entry);
        Assert.Equal("residual 10 is below 12: not on the corporate risk and opportunity register; it stays on the service risk register.", inclusion.Reason);
        Derivation why = session.AssertDerivedBy(inclusion, "Below threshold: service register", "001:817");
        Assert.Same(cr9, Assert.IsType<ScoredEntry>(Assert.Single(why.Sources)).Entry);
    }

    [Fact]
    public void Fire_ResidualExactly12_StaysOffTheServiceRegisterList()
    {
        // 001:802 CR20 "Residual score remains at 12" (001:882) is on the corporate register, so this rule derives nothing.
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR20") }, Scored(new ServiceRegisterRule(Policy)));

        Assert.Empty(session.Derived<Inclusion>());
    }

    [Fact]
    public void Fire_PolicyThreshold16_Sends12ToTheServiceRegister()
    {
        // With a threshold of 16, CR4 (16 / 12, 001:869) falls below it and CR1 (25 / 16, 001:865) does not.
        ScoringPolicy policy = ScoringPolicy.Default.WithInclusionThreshold(16);
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR4"), Paper(Q1_2016, "CR1") },
            new NRules.Fluent.Dsl.Rule[] { new ScoreEntryRule(policy), new ServiceRegisterRule(policy) });

        Inclusion inclusion = Assert.Single(session.Derived<Inclusion>());

        Assert.Equal("CR4", inclusion.Entry.Id.Raw);
        Assert.False(inclusion.IsOnCorporateRegister);
    }
}
