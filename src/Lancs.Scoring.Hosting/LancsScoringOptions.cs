using System;
using System.Collections.Generic;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Hosting;

/// <summary>The settings <see cref="LancsScoringServiceCollectionExtensions.AddLancsScoring"/> binds from configuration
/// (section <see cref="SectionName"/>): the register policy, the runtime the rules run in and the partition size of bulk
/// re-scores.</summary>
/// <remarks>An options class, so its properties are settable (the options pattern configures an instance); the scorers are
/// built once from the validated values at first use, so later changes do not reach them.</remarks>
public sealed class LancsScoringOptions
{
    /// <summary>The configuration section read by default: "Lancs:Scoring"; its "Policy" child is the policy file's JSON object.</summary>
    public const string SectionName = "Lancs:Scoring";

    /// <summary>Gets or sets the register policy; the published policy unless configured.</summary>
    public ScoringPolicy Policy { get; set; } = ScoringPolicy.Default;

    /// <summary>Gets or sets where the rules run: the batch engine (the default) or an NRules session, with equal results.</summary>
    public RuleRuntime Runtime { get; set; } = RuleRuntime.Batch;

    /// <summary>Gets or sets about how many entries one partition of <see cref="ScoringService.RescoreInPartitionsAsync"/> holds.</summary>
    public int PartitionSize { get; set; } = RegisterScorer.DefaultPartitionSize;

    /// <summary>Gets or sets the KPI catalogue, read from the JSON file the "KpiCatalogueFile" key names
    /// (<see cref="KpiCatalogue.FromJson"/>, the format of docs/json/kpi-catalogue-papers.json); <see langword="null"/> for
    /// a catalogue the app registers itself, or the papers' catalogue.</summary>
    public KpiCatalogue? KpiCatalogue { get; set; }

    /// <summary>Gets or sets the complaints' outcome grouping, read from the JSON file the "OutcomeGroupingFile" key names
    /// (<see cref="OutcomeGrouping.FromJson"/>); <see langword="null"/> for one the app registers, or the published grouping.</summary>
    public OutcomeGrouping? OutcomeGrouping { get; set; }

    /// <summary>Gets or sets the problems found while binding, each naming its configuration key or policy field; the
    /// options fail validation (at startup, with <c>ValidateOnStart</c>) while there are any.</summary>
    public IReadOnlyList<string> Problems { get; set; } = Array.Empty<string>();
}
