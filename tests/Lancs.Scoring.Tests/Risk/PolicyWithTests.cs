using System;
using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Every policy field has a <c>With…</c>: it changes that field alone, marks the name, survives the JSON file,
/// and refuses a bad value naming the field, as the file does.</summary>
public sealed class PolicyWithTests
{
    private static readonly ScoringPolicy D = ScoringPolicy.Default;

    public static IEnumerable<object[]> Changes() => new (string Property, Func<ScoringPolicy, ScoringPolicy> With)[]
    {
        (nameof(ScoringPolicy.InclusionThreshold), p => p.WithInclusionThreshold(15)),
        (nameof(ScoringPolicy.Matching), p => p.WithMatching(PreviousQuarterMatching.ById)),
        (nameof(ScoringPolicy.DescriptionSimilarity), p => p.WithDescriptionSimilarity(0.25)),
        (nameof(ScoringPolicy.CorporateRegisterLabel), p => p.WithCorporateRegisterLabel("strategic register")),
        (nameof(ScoringPolicy.ServiceRegisterLabel), p => p.WithServiceRegisterLabel("directorate register")),
        (nameof(ScoringPolicy.RiskHigherIsBetter), p => p.WithRiskHigherIsBetter(true)),
        (nameof(ScoringPolicy.OpportunityHigherIsBetter), p => p.WithOpportunityHigherIsBetter(false)),
        (nameof(ScoringPolicy.Identifiers), p => p.WithIdentifiers(IdentifierScheme.Create("RSK-[0-9]+", KindSource.Column))),
        (nameof(ScoringPolicy.Appetite), p => p.WithAppetite(RiskAppetite.Create(new[] { AppetiteZone.Create("Low", "#2e7d32", lowestScore: 1, highestScore: 12) }, new[] { "Low" }, new[] { "Low" }))),
    }.Select(c => new object[] { c.Property, c.With });

    [Theory]
    [MemberData(nameof(Changes))]
    public void With_ChangesItsFieldAlone_MarksTheName_AndSurvivesJson(string property, Func<ScoringPolicy, ScoringPolicy> with)
    {
        var changed = with(D);

        var differing = Fields(D).Zip(Fields(changed), (a, b) => (a.Name, Same: Equals(a.Value, b.Value))).Where(f => !f.Same).Select(f => f.Name).ToList();
        Assert.Equal(new[] { nameof(ScoringPolicy.Name), property }.OrderBy(n => n), differing.OrderBy(n => n));
        Assert.Contains("changed: ", changed.Name);
        Assert.Equal(changed.ToJson(), ScoringPolicy.FromJson(changed.ToJson()).ToJson());
    }

    [Fact]
    public void WithName_TakesTheNameAsGiven()
    {
        Assert.Equal("Audit committee trial", D.WithInclusionThreshold(15).WithName("Audit committee trial").Name);
    }

    [Theory]
    [InlineData("inclusionThreshold")]
    [InlineData("descriptionSimilarity")]
    [InlineData("corporateRegisterLabel")]
    [InlineData("name")]
    [InlineData("matching")]
    public void With_BadValue_ThrowsNamingTheFieldAsTheFileWould(string field)
    {
        Func<ScoringPolicy> bad = field switch
        {
            "inclusionThreshold" => () => D.WithInclusionThreshold(26),
            "descriptionSimilarity" => () => D.WithDescriptionSimilarity(double.NaN),
            "corporateRegisterLabel" => () => D.WithCorporateRegisterLabel(" "),
            "name" => () => D.WithName("evil\u001b[31m"),
            _ => () => D.WithMatching((PreviousQuarterMatching)99),
        };

        var ex = Assert.Throws<PolicyException>(bad);

        Assert.StartsWith(field + ":", Assert.Single(ex.Problems));
    }

    private static IEnumerable<(string Name, object? Value)> Fields(ScoringPolicy policy) =>
        typeof(ScoringPolicy).GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(ScoringPolicy.HasPublishedThreshold))
            .OrderBy(p => p.Name).Select(p => (p.Name, Normal(p.GetValue(policy))));

    // Appetite and identifiers are compared by what a policy file says of them.
    private static object? Normal(object? value) => value switch
    {
        RiskAppetite a => a.ToString() + string.Join(",", a.Zones.Select(z => z.ToString())),
        IdentifierScheme s => s.ToString(),
        _ => value,
    };
}
