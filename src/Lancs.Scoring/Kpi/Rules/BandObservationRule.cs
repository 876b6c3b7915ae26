using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Kpi.Rules;

/// <summary>
/// Places each observation in exactly one band of its indicator's scheme, or says explicitly that it has none.
/// </summary>
/// <remarks>A value is banded against the indicator's thresholds in the order of its scheme; an observation with no
/// value is <see cref="BandStatus.NoValue"/> and one whose indicator has no thresholds is
/// <see cref="BandStatus.NotBanded"/>, one of a data-only indicator <see cref="BandStatus.DataOnly"/>. Indicators banded by
/// target are the <see cref="RagBandRule"/>'s. The rule calls the same calculation as the hand-written path.</remarks>
[Name("KPI band")]
[Description("Places each observation in exactly one band of its indicator's scheme by its thresholds, or marks it not banded, data only or without value.")]
[Priority(30)]
[Tag("Kpi")]
[Policy("000:1626 \"dropped into the Requires Improvement threshold category\"; 002:447-449 \"Key for performance\"")]
public sealed class BandObservationRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        SeriesPoint point = null!;

        When()
            .Match(() => point, p => !p.Indicator.IsBandedByTarget);
        Then()
            .Yield(_ => new PointBand(point, KpiBanding.Assign(point.Indicator, point.Observation)));
    }
}
