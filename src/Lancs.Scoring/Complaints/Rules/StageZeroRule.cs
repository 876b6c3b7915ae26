using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Counts a complaint resolved at Stage 0 towards the early-resolution share of complaints received.</summary>
[Name("Stage 0")]
[Description("Counts a complaint closed at Stage 0 (early resolution) in the Stage 0 share, whose denominator is complaints received.")]
[Priority(90)]
[Tag("Complaints")]
[Policy("000:911 '60 (27%) of complaints were resolved early in the process (stage 0)': 60 of 220 received")]
public sealed class StageZeroRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Complaint complaint = null!;
        When().Match(() => complaint, c => c.Stage == ComplaintStage.Stage0, c => c.Outcome != null);
        Then().Yield(_ => new ComplaintMark(complaint, ComplaintMeasure.Stage0));
    }
}
