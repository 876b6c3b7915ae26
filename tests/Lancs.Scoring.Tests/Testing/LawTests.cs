using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Testing;
using Xunit;

namespace Lancs.Scoring.Tests.Testing;

/// <summary>The Testing package's laws hold for the shipped policy, catalogue and grouping, as a council's test would call them.</summary>
public sealed class LawTests
{
    private static readonly ScoringPolicy Published = ScoringPolicy.Default;
    private static readonly ScoringPolicy Stricter = ScoringPolicy.Default.WithInclusionThreshold(15).WithMatching(PreviousQuarterMatching.ById);

    [Property(MaxTest = 100)]
    public Property Register_InclusionFollowsTheThreshold_PublishedPolicy() => RegisterLaws.InclusionFollowsTheThreshold(Published);

    [Property(MaxTest = 100)]
    public Property Register_InclusionFollowsTheThreshold_StricterPolicy() => RegisterLaws.InclusionFollowsTheThreshold(Stricter);

    [Property(MaxTest = 100)]
    public Property Register_RaisingTheThresholdNeverAddsAnEntry() => RegisterLaws.RaisingTheThresholdNeverAddsAnEntry(Published);

    [Property(MaxTest = 100)]
    public Property Register_RaisingAResidualNeverRemovesAnEntry() => RegisterLaws.RaisingAResidualNeverRemovesAnEntry(Stricter);

    [Property(MaxTest = 100)]
    public Property Register_DirectionIsAntisymmetric() => RegisterLaws.DirectionIsAntisymmetric(Published);

    [Property(MaxTest = 100)]
    public Property Register_HostileRowsAreRejectedNamingTheirField() => RegisterLaws.HostileRowsAreRejectedNamingTheirField(Published);

    [Property(MaxTest = 100)]
    public Property Register_BatchEngineAgreesWithNRules() => RegisterLaws.BatchEngineAgreesWithNRules(Published);

    [Property(MaxTest = 100)]
    public Property Kpi_OneBandPerValue_Papers() => KpiLaws.OneBandPerValue(KpiCatalogue.Papers);

    [Property(MaxTest = 100)]
    public Property Kpi_BandingIsMonotone_Papers() => KpiLaws.BandingIsMonotone(KpiCatalogue.Papers);

    [Property(MaxTest = 100)]
    public Property Kpi_BatchEngineAgreesWithNRules_Papers() => KpiLaws.BatchEngineAgreesWithNRules(KpiCatalogue.Papers);

    [Property(MaxTest = 100)]
    public Property Complaints_OutcomeGroupsPartitionTheOutcomes() => ComplaintLaws.OutcomeGroupsPartitionTheOutcomes(OutcomeGrouping.Default);

    [Property(MaxTest = 100)]
    public Property Complaints_BatchEngineAgreesWithNRules() => ComplaintLaws.BatchEngineAgreesWithNRules(OutcomeGrouping.Default);

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(KpiArbitraries) })]
    public Property Kpi_OneBandPerValue_GeneratedIndicators(Indicator indicator) =>
        KpiLaws.OneBandPerValue(KpiCatalogue.Create(new[] { indicator }));

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(KpiArbitraries) })]
    public Property Kpi_BandingIsMonotone_GeneratedIndicators(Indicator indicator) =>
        KpiLaws.BandingIsMonotone(KpiCatalogue.Create(new[] { indicator }));
}
