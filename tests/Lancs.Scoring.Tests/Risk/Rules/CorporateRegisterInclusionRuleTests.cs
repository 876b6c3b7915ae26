using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class CorporateRegisterInclusionRuleTests
{
    [Fact]
    public void Fire_CR20ResidualExactly12_StaysOnTheCorporateRegister()
    {
        // 001:802 "CR20 Transforming care (Winterbourne). Residual score remains at 12." (table 16 / 12 at 001:882): 12 is inclusive.
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR20") }, Scored(new CorporateRegisterInclusionRule(Policy)));

        Inclusion inclusion = Assert.Single(session.Derived<Inclusion>());

        Assert.True(inclusion.IsOnCorporateRegister);
        Assert.Equal("CR20", inclusion.Entry.Id.Raw);
        Assert.Equal("residual 12 is 12 or above: on the corporate risk and opportunity register.", inclusion.Reason);
        Derivation why = session.AssertDerivedBy(inclusion, "Corporate register inclusion", "001:789");
        Assert.Same(inclusion.Entry, Assert.IsType<ScoredEntry>(Assert.Single(why.Sources)).Entry);
    }

    [Fact]
    public void Fire_Residual10JustBelow12_DerivesNoInclusion()
    {
        // 001:789 "remains 12 or above"; 10 is the highest score on the matrix below 12 (11 is not a product, 000:1557-1565).
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR20", residual: "10"), Paper(Q1_2016, "CR21") },
            Scored(new CorporateRegisterInclusionRule(Policy)));

        Inclusion inclusion = Assert.Single(session.Derived<Inclusion>());

        Assert.Equal("CR21", inclusion.Entry.Id.Raw);
    }

    [Fact]
    public void Fire_NoResidual_IncludedOnItsInherentScore()
    {
        // An entry not yet assessed after mitigation (001:781) is judged on its inherent 16.
        BatchSession session = Run(Q1_2016, new[] { Entry(Q1_2016, "CR28", "16", "") }, Scored(new CorporateRegisterInclusionRule(Policy)));

        Assert.True(Assert.Single(session.Derived<Inclusion>()).IsOnCorporateRegister);
    }

    [Fact]
    public void Fire_PolicyThreshold15_Leaves12OffAndKeeps16()
    {
        // The threshold is the policy's: at 15, CR20 (16 / 12, 001:882) is not included and CR1 (25 / 16, 001:865) is.
        ScoringPolicy policy = ScoringPolicy.Default.WithInclusionThreshold(15);
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR20"), Paper(Q1_2016, "CR1") },
            new NRules.Fluent.Dsl.Rule[] { new ScoreEntryRule(policy), new CorporateRegisterInclusionRule(policy) });

        Inclusion inclusion = Assert.Single(session.Derived<Inclusion>());

        Assert.Equal("CR1", inclusion.Entry.Id.Raw);
        Assert.Equal("residual 16 is 15 or above: on the corporate risk and opportunity register.", inclusion.Reason);
    }
}
