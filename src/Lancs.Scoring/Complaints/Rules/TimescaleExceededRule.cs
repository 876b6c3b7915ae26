using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Counts a complaint recorded as having exceeded its statutory timescale, as a share of complaints received, when it
/// has no dates to work the timescale out from.</summary>
[Name("Timescale exceeded")]
[Description("Counts a complaint given without dates whose record says it exceeded the statutory timescale in the timescale share, whose denominator is complaints received.")]
[Priority(90)]
[Tag("Complaints")]
[Policy("000:820 'just over 5% (25) ... exceeded the 6 month statutory maximum timescale': 25 of 479; 000:929 '12% (27)': 27 of 220")]
public sealed class TimescaleExceededRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Complaint complaint = null!;
        When().Match(() => complaint, c => c.ExceededTimescale, c => !c.IsDated);
        Then().Yield(_ => new ComplaintMark(complaint, ComplaintMeasure.TimescaleExceeded));
    }
}
