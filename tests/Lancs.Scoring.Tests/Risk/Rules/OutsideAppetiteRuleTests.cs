using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using Xunit;
using static Lancs.Scoring.Tests.Risk.Rules.RegisterRuleKit;

namespace Lancs.Scoring.Tests.Risk.Rules;

public sealed class OutsideAppetiteRuleTests
{
    /// <summary>Zones as score ranges, covering the matrix: they place bare scores, as every register in data/ prints.</summary>
    private static readonly ScoringPolicy Ranges = ScoringPolicy.FromJson("""
        {
          "zones": [
            { "name": "low", "colour": "#2e7d32", "scores": { "from": 1, "to": 6 } },
            { "name": "medium", "colour": "#f9a825", "scores": { "from": 8, "to": 12 } },
            { "name": "high", "colour": "#c62828", "scores": { "from": 15, "to": 25 } }
          ],
          "appetite": { "risk": [ "low", "medium" ], "opportunity": [ "medium", "high" ] }
        }
        """);

    /// <summary>Zones given as cells only, not covering the matrix, with an appetite for risks only.</summary>
    private static readonly ScoringPolicy Cells = ScoringPolicy.FromJson("""
        {
          "zones": [
            { "name": "low", "colour": "#2e7d32", "cells": [ "1x1", "1x2", "2x1", "2x2" ] },
            { "name": "high", "colour": "#c62828", "cells": [ "4x4", "4x5", "5x4", "5x5" ] }
          ],
          "appetite": { "risk": [ "low" ] }
        }
        """);

    [Fact]
    public void Fire_RiskResidualInAZoneOutsideItsAppetite_Reported()
    {
        // CR5 25 / 16 (001:870) lies in 'high'; CR4 16 / 12 (001:869) in 'medium', within the risk appetite.
        RegisterEntry cr5 = Paper(Q1_2016, "CR5");
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "CR4"), cr5 }, Rules(Ranges));

        Finding finding = Assert.Single(session.Derived<Finding>());

        Assert.Equal(FindingKind.OutsideAppetite, finding.Kind);
        Assert.Equal("CR5: the residual 16 lies in the zone 'high', outside the appetite for risks (low, medium).", finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Outside risk appetite", "register_rules §6");
        Assert.Same(cr5, Assert.IsType<ScoredEntry>(Assert.Single(why.Sources)).Entry);
    }

    [Fact]
    public void Fire_OpportunityJudgedByItsOwnAppetite()
    {
        // C01 12 / 16 (001:891) lies in 'high', within the opportunity appetite; the same residual is outside a risk's.
        BatchSession session = Run(Q1_2016, new[] { Paper(Q1_2016, "C01"), Paper(Q1_2016, "C02", residual: "6"), Entry(Q1_2016, "CR99", "12", "16") }, Rules(Ranges));

        Assert.Equal(new[] { "C02", "CR99" }, session.Derived<Finding>().Select(f => f.Id!.Raw));
        Assert.Equal("C02: the residual 6 lies in the zone 'low', outside the appetite for opportunities (medium, high).", session.Derived<Finding>()[0].Message);
    }

    [Fact]
    public void Fire_KnownCellUnderCellZones_PlacedAndReportedWithTheKindsLabel()
    {
        BatchSession session = Run(Q1_2016, new[] { Entry(Q1_2016, "CR90", "5x5", "Catastrophic x Likely"), Entry(Q1_2016, "CR91", "5x5", "3x2", position: 1),
            Entry(Q1_2016, "CR92", "5x5", "2x2", position: 2) }, Rules(Cells));

        Assert.Equal(new[]
        {
            "CR90: the residual 20 (Catastrophic x Likely) lies in the zone 'high', outside the appetite for risks (low).",
            "CR91: the residual 6 (Moderate x Unlikely) lies in none of the policy's zones, outside the appetite for risks (low).",
        }, session.Derived<Finding>().Select(f => f.Message));
    }

    [Fact]
    public void Fire_BareScoreUnderCellZones_NotPlacedSoNotReported()
    {
        // A bare 16 could only be Major x Likely, and it lies in 'high'; but cells apply only where the cell is known, and a
        // bare 12 could be either of two cells: the library never guesses a cell, so no bare score is judged by cell zones.
        BatchSession session = Run(Q1_2016, Register(Q1_2016), Rules(Cells));

        Assert.NotEmpty(session.Derived<ScoredEntry>());
        Assert.Empty(session.Derived<Finding>());
    }

    [Fact]
    public void Fire_NoAppetiteStatedForTheKind_NotReported()
    {
        // Cells states an appetite for risks only: an opportunity at Outstanding x Certain is not judged.
        BatchSession session = Run(Q1_2016, new[] { Entry(Q1_2016, "CO9", "3x3", "Outstanding x Certain") }, Rules(Cells));

        Assert.Empty(session.Derived<Finding>());
    }

    [Fact]
    public void Fire_PublishedPolicy_NoZonesSoNothingReported()
    {
        // register_rules §6: no appetite or colour bands in the papers; the published policy has none.
        foreach (Quarter quarter in new[] { Q1_2016, Q2_2017, Q1_2018 })
        {
            BatchSession session = Run(quarter, Register(quarter), Rules(Policy));

            Assert.Empty(session.Derived<Finding>());
        }
    }

    [Fact]
    public void Fire_NoResidual_NotReported()
    {
        // CR28 (000:1544) without a residual: the missing residual is its own finding; the appetite judges residuals only.
        BatchSession session = Run(Q2_2017, new[] { Paper(Q2_2017, "CR28", inherent: "25", residual: "") }, Rules(Ranges));

        Assert.Empty(session.Derived<Finding>());
    }

    [Fact]
    public void Description_SaysWhatThePolicyStates()
    {
        Assert.Equal("Reports an entry whose residual score lies outside the risk appetite the policy states for its kind; this policy defines no appetite zones, so it reports nothing.",
            new OutsideAppetiteRule(ScoringPolicy.Default).Description);
        Assert.Equal("Reports an entry whose residual score lies outside the risk appetite the policy states for its kind (risks: within low; opportunities: none stated). "
            + "Zones given as score ranges place bare scores; zones given as cells apply only where the cell is known.", new OutsideAppetiteRule(Cells).Description);
    }

    private static NRules.Fluent.Dsl.Rule[] Rules(ScoringPolicy policy) => new NRules.Fluent.Dsl.Rule[] { new ScoreEntryRule(policy), new OutsideAppetiteRule(policy) };
}
