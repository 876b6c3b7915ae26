using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Kpi.Rules;

/// <summary>
/// Places each observation of an indicator banded by target in exactly one RAG band: Green at or better than target, Amber
/// within the tolerance, Red beyond, Blue above target when the banding has it; or says why it has none.
/// </summary>
/// <remarks>The target is the observation's own, else the indicator's; polarity decides which side is better. The rule calls
/// the same calculation as the hand-written path.</remarks>
[Name("KPI RAG band")]
[Description("Places each observation of an indicator banded by target in one band: Green at or better than target, Amber within the tolerance, Red beyond, Blue above target where the scheme has it.")]
[Priority(30)]
[Tag("Kpi")]
[Policy("002:447-449 \"Key for performance: On track/good | Slightly below desired level | Requires improvement\", a RAG key; 002:585 \"achieved the Q4 Better Care Fund target\"; target and tolerance as councils' performance systems band (not in the papers)")]
public sealed class RagBandRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        SeriesPoint point = null!;

        When()
            .Match(() => point, p => p.Indicator.IsBandedByTarget);
        Then()
            .Yield(_ => new PointBand(point, KpiBanding.AssignByTarget(point.Indicator, point.Observation)));
    }
}
