using System.Linq;
using Lancs.Scoring.Risk;
using Xunit;
using static Lancs.Scoring.Tests.Risk.RegisterFiles;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>A council's own identification numbers: the policy states the pattern and where the kind comes from.</summary>
public sealed class IdentifierSchemeTests
{
    private static readonly ScoringPolicy RskPolicy = ScoringPolicy.Default.WithIdentifiers(IdentifierScheme.Create("RSK-[0-9]+", KindSource.Column));

    private static RegisterRow Row(int line, string id, string kind, string inherent, string residual, string description = "A description") =>
        new(line, id, kind, description, "Economic", "MT", inherent, residual, "Level", null);

    [Fact]
    public void Rescore_RskIdsWithAKindColumn_ReScoresAndJoinsTheQuarters()
    {
        var scorer = new RegisterScorer(RskPolicy);
        var previous = new[] { Row(2, "RSK-1", "risk", "25", "16", "Budget delivery"), Row(3, "RSK-2", "opportunity", "16", "12", "Income growth") };
        var current = new[] { Row(2, "rsk-1", "Risk", "25", "20", "Budget delivery"), Row(3, "RSK-2", "opportunity", "16", "9", "Income growth"), Row(4, "RSK-3", "risk", "16", "12", "Data protection") };

        var result = scorer.Rescore(Q2_2017, current, Q2_2017.Previous, previous);

        Assert.Empty(result.Rejections);
        Assert.Equal(new[] { "rsk-1", "RSK-3" }, result.CorporateRegister.Select(e => e.Entry.Id.Raw));
        Assert.Equal(RegisterKind.Opportunity, result.Entries.Single(e => e.Entry.Id.Raw == "RSK-2").Entry.Kind);
        Assert.Equal(DirectionOfTravel.Upwards, result.Entries.Single(e => e.Entry.Id.Raw == "rsk-1").Direction);
        Assert.Equal(new[] { "RSK-1 Rescored", "RSK-2 Removed", "RSK-3 Added" },
            result.Changes.Select(c => $"{c.Id.Normalised} {c.Kind}").ToArray());
    }

    [Fact]
    public void Rescore_RskIds_BadIdOrMissingKind_IsRejectedOnThatField()
    {
        var result = new RegisterScorer(RskPolicy).Rescore(Q2_2017, new[] { Row(2, "CR1", "risk", "16", "12"), Row(3, "RSK-4", "", "16", "12"), Row(4, "RSK-5", "threat", "16", "12") });

        Assert.Empty(result.Entries);
        Assert.Equal(new[] { RejectionField.Id, RejectionField.Kind, RejectionField.Kind }, result.Rejections.Select(r => r.Field));
        Assert.Contains("RSK-[0-9]+", result.Rejections[0].Reason);
        Assert.Contains("kindFrom: column", result.Rejections[1].Reason);
    }

    [Fact]
    public void KindFromId_WithNamedGroups_ReadsTheKindFromTheReference()
    {
        var scheme = IdentifierScheme.Create("(?:(?<risk>RSK)|(?<opportunity>OPP))-[0-9]+", KindSource.Id);   // the example of docs/register.md

        Assert.True(scheme.TryRead("OPP-7", null, out var opportunity, out _, out _));
        Assert.True(scheme.TryRead("rsk-7", "risk", out var risk, out _, out _));
        Assert.False(scheme.TryRead("OPP-8", "risk", out _, out var field, out _));

        Assert.Equal((RegisterKind.Opportunity, RegisterKind.Risk, "RSK-7"), (opportunity!.Kind, risk!.Kind, risk.Normalised));
        Assert.Equal(RejectionField.Kind, field);
    }

    [Fact]
    public void PublishedIds_WithKindFromColumn_TheColumnDecides()
    {
        var scheme = IdentifierScheme.Create(null, KindSource.Column);

        Assert.True(scheme.TryRead("C01", "risk", out var id, out _, out _));
        Assert.Equal(("CO1", RegisterKind.Risk), (id!.Normalised, id.Kind));
    }

    [Theory]
    [InlineData("RSK-[0-9", KindSource.Column, "idPattern")]
    [InlineData("RSK-[0-9]+", KindSource.Id, "kindFrom")]
    [InlineData("", KindSource.Column, "idPattern")]
    public void Create_BadScheme_ThrowsNamingTheField(string pattern, KindSource kindFrom, string field)
    {
        var ex = Assert.Throws<PolicyException>(() => IdentifierScheme.Create(pattern, kindFrom));

        Assert.StartsWith(field + ":", Assert.Single(ex.Problems));
    }

    [Fact]
    public void PolicyJson_CarriesTheScheme_AndReportsItsProblemsWithTheOthers()
    {
        var read = ScoringPolicy.FromJson(RskPolicy.ToJson());
        Assert.Equal(("RSK-[0-9]+", KindSource.Column), (read.Identifiers.Pattern, read.Identifiers.KindFrom));

        var ex = Assert.Throws<PolicyException>(() => ScoringPolicy.FromJson("""{ "inclusionThreshold": 40, "idPattern": "(", "kindFrom": "column" }"""));
        Assert.Equal(new[] { "inclusionThreshold", "idPattern" }, ex.Problems.Select(p => p.Split(':')[0]));
    }

    [Fact]
    public void Pattern_IsMatchedWholeAndWithATimeout()
    {
        var scheme = IdentifierScheme.Create("(a+)+b", KindSource.Column);

        Assert.False(scheme.TryRead("xa", "risk", out _, out var field, out _));
        Assert.False(scheme.TryRead(new string('a', 5000) + "c", "risk", out _, out _, out var error));

        Assert.Equal(RejectionField.Id, field);
        Assert.NotNull(error);
    }
}
