using System.Linq;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

public sealed class RegisterKindTests
{
    [Theory]
    [InlineData("CR1", "Risk")]
    [InlineData("CR30", "Risk")]
    [InlineData("cr1.1", "Risk")]
    [InlineData("CO3", "Opportunity")]
    [InlineData("C01", "Opportunity")]
    [InlineData(" co5 ", "Opportunity")]
    public void TryFromIdentifier_PrintedId_ReturnsKind(string id, string expected)
    {
        Assert.True(RegisterKind.TryFromIdentifier(id, out RegisterKind? kind));
        Assert.Equal(expected, kind!.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("CR")]
    [InlineData("C1")]
    [InlineData("RC1")]
    [InlineData("KPI1")]
    [InlineData(null)]
    public void TryFromIdentifier_NotAnId_ReturnsFalse(string? id)
    {
        Assert.False(RegisterKind.TryFromIdentifier(id, out RegisterKind? kind));
        Assert.Null(kind);
    }

    [Fact]
    public void HigherIsBetter_RiskFalseOpportunityTrue()
    {
        Assert.False(RegisterKind.Risk.HigherIsBetter);
        Assert.True(RegisterKind.Opportunity.HigherIsBetter);
    }

    [Fact]
    public void ColumnNames_MatchPrintedHeadings()
    {
        Assert.Equal(("Risk Score", "Residual Score"), (RegisterKind.Risk.ScoreColumnName, RegisterKind.Risk.ResidualColumnName));
        Assert.Equal(
            ("Opportunity Score", "Residual Opportunity Score"),
            (RegisterKind.Opportunity.ScoreColumnName, RegisterKind.Opportunity.ResidualColumnName));
    }

    [Fact]
    public void Values_AreUniqueAndOrdered()
    {
        Assert.Equal(new[] { 1, 2 }, RegisterKind.List.Select(k => k.Value).OrderBy(v => v));
    }
}
