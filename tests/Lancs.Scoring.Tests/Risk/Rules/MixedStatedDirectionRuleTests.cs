using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class MixedStatedDirectionRuleTests
{
    [Fact]
    public void Fire_CR20LevelHoweverIncreased_Reported()
    {
        // 001:882 CR20 "Level – however the direction of travel is increased as these are new service users ...".
        RegisterEntry cr20 = Paper(Q1_2016, "CR20");
        BatchSession session = Run(Q1_2016, new[] { cr20, Paper(Q1_2016, "CR2") }, Scored(new MixedStatedDirectionRule()));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.MixedStatedDirection, finding.Kind);
        Assert.Equal("CR20", finding.Id!.Raw);
        Assert.StartsWith("CR20: the stated direction 'Level – however the direction of travel is increased", finding.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("' starts with Level but goes on to qualify it; read it in full.", finding.Message, System.StringComparison.Ordinal);
        Derivation why = session.AssertDerivedBy(finding, "Mixed stated direction", "001:882");
        Assert.Same(cr20, Assert.IsType<ScoredEntry>(Assert.Single(why.Sources)).Entry);
    }

    [Fact]
    public void Fire_TheThreeMixedCellsOf2017_ReportedAndPlainKeywordsNot()
    {
        // 000:1532 CR16 "Level – In relation to assets the trend is downwards"; 000:1535 CR20 "↑the direction of travel is
        // increased ... the risk is constant". Plain "Level", "Downwards", "↑ Upwards" and narrative cells are not mixed.
        BatchSession session = Run(Q2_2017, Register(Q2_2017), Scored(new MixedStatedDirectionRule()));

        Assert.Equal(new[] { "CR16", "CR20" }, session.Derived<Finding>().Select(f => f.Id!.Raw));
    }

    [Fact]
    public void Fire_TwoDirectionsInWordsWithoutAKeyword_SaysWhatItRead()
    {
        BatchSession session = Run(Q2_2017, new[] { Entry(Q2_2017, "CR9", "16", "12", "Reduced but now rising") },
            Scored(new MixedStatedDirectionRule()));

        Assert.Equal("CR9: the stated direction 'Reduced but now rising' states more than one direction (Reduced, rising); read it in full.",
            Assert.Single(session.Derived<Finding>()).Message);
    }

    [Fact]
    public void Fire_PlainLevel_NotReported()
    {
        // CR2 "Level" (001:866).
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR2") }, Scored(new MixedStatedDirectionRule()));

        Assert.Empty(session.Derived<Finding>());
    }
}
