using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class ScoreEntryRuleTests
{
    [Fact]
    public void Fire_RiskCR1_ScoresInherentAndResidualLowerIsBetter()
    {
        // 001:865 CR1 medium term financial strategy: Risk Score 25, Residual Score 16.
        RegisterEntry cr1 = Paper(Q1_2016, "CR1");
        BatchSession session = Run(Q1_2016, new[] { cr1 }, Scored());

        ScoredEntry scored = Assert.Single(session.Derived<ScoredEntry>());

        Assert.Same(cr1, scored.Entry);
        Assert.Equal(25, scored.Inherent.Value);
        Assert.Equal(16, scored.Residual!.Value.Value);
        Assert.Equal(16, scored.Judged.Value);
        Assert.False(scored.HigherIsBetter);
        Derivation why = session.AssertDerivedBy(scored, "Score entry", "001:781");
        Assert.Same(cr1, Assert.Single(why.Sources));
    }

    [Fact]
    public void Fire_OpportunityC01_HigherIsBetter()
    {
        // 001:891 C01 (digit zero) is an opportunity, 12 / 16: maximising actions raise its score (001:806-808).
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "C01") }, Scored());

        ScoredEntry scored = Assert.Single(session.Derived<ScoredEntry>());

        Assert.Equal(RegisterKind.Opportunity, scored.Entry.Kind);
        Assert.True(scored.HigherIsBetter);
        Assert.Equal((12, 16), (scored.Inherent.Value, scored.Residual!.Value.Value));
    }

    [Fact]
    public void Fire_NoResidual_JudgedOnInherent()
    {
        // 001:781 scores are given before and after mitigation; an entry without the "after" score is judged on the "before".
        BatchSession session = Run(Q1_2016, new[] { Entry(Q1_2016, "CR1", "16", "") }, Scored());

        ScoredEntry scored = Assert.Single(session.Derived<ScoredEntry>());

        Assert.Null(scored.Residual);
        Assert.Equal(16, scored.Judged.Value);
    }

    [Fact]
    public void Fire_PolicyWhereHigherIsBetterForRisks_TakesTheDirectionFromThePolicy()
    {
        // The direction semantics are the policy's, not the kind's: a policy that says a higher risk score is good news
        // gives CR1 (001:865) HigherIsBetter, and a lower opportunity score good news gives C01 (001:891) the opposite.
        ScoringPolicy inverted = ScoringPolicy.FromJson("{ \"riskHigherIsBetter\": true, \"opportunityHigherIsBetter\": false }");
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR1"), Paper(Q1_2016, "C01") },
            new NRules.Fluent.Dsl.Rule[] { new ScoreEntryRule(inverted) });

        var scored = session.Derived<ScoredEntry>();

        Assert.Equal(new[] { ("CR1", true), ("C01", false) }, scored.Select(s => (s.Id.Raw, s.HigherIsBetter)));
    }
}
