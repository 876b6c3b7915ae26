using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class DuplicateIdRuleTests
{
    [Fact]
    public void Fire_TwoEntriesNumberedCR1_BothReported()
    {
        // 001:746-906 each entry has its own Risk Identification Number; a second CR1 beside 001:865's is a duplicate.
        RegisterEntry first = Paper(Q1_2016, "CR1");
        RegisterEntry second = Entry(Q1_2016, "CR1", "16", "12", description: "Delivering organisational transformation", position: 1);
        BatchSession session = Run(Q1_2016, new[] { first, second, Paper(Q1_2016, "CR2") }, Scored(new DuplicateIdRule()));

        var findings = session.Derived<Finding>();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingKind.DuplicateId, f.Kind));
        Assert.All(findings, f => Assert.Equal("CR1", f.Id!.Normalised));
        Assert.Equal(
            new[] { first, second },
            findings.Select(f => Assert.IsType<ScoredEntry>(Assert.Single(session.AssertDerivedBy(f, "Duplicate identification number", "001:746-906").Sources)).Entry).OrderBy(e => e.Position));
        Assert.Equal("CR1: the identification number is used by more than one entry of the Q1 2016/17 register ('Delivering organisational transformation').",
            findings.Single(f => f.Message.Contains("organisational", System.StringComparison.Ordinal)).Message);
    }

    [Fact]
    public void Fire_C01BesideCO1_SameNumberReported()
    {
        // C01 with a digit zero (001:891) is CO1 (001:805): printing both is one number used twice.
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "C01"), Entry(Q1_2016, "CO1", "12", "16", position: 1) }, Scored(new DuplicateIdRule()));

        Assert.Equal(new[] { "C01", "CO1" }, session.Derived<Finding>().Select(f => f.Id!.Raw).OrderBy(r => r, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_DistinctIdsAndASubItem_NotReported()
    {
        // The printed 2016/17 register has no duplicates (001:864-896); a sub-item CR1.1 (003:77) is not its parent CR1.
        BatchSession register = Run(Q1_2016, Register(Q1_2016), Scored(new DuplicateIdRule()));
        BatchSession subItem = Run(Q1_2018, new[] { Paper(Q1_2018, "CR1"), Entry(Q1_2018, "CR1.1", "20", "16", position: 1) }, Scored(new DuplicateIdRule()));

        Assert.Equal(19, register.Derived<ScoredEntry>().Count);
        Assert.Empty(register.Derived<Finding>());
        Assert.Empty(subItem.Derived<Finding>());
    }
}
