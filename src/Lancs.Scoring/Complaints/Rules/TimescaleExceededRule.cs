using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Counts a complaint that exceeded its statutory timescale, as a share of complaints received.</summary>
[Name("Timescale exceeded")]
[Description("Counts a complaint that exceeded the statutory timescale in the timescale share, whose denominator is complaints received.")]
[Priority(90)]
[Tag("Complaints")]
[Policy("000:820 'just over 5% (25) ... exceeded the 6 month statutory maximum timescale': 25 of 479; 000:929 '12% (27)': 27 of 220")]
public sealed class TimescaleExceededRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Complaint complaint = null!;
        When().Match(() => complaint, c => c.ExceededTimescale);
        Then().Yield(_ => new ComplaintMark(complaint, ComplaintMeasure.TimescaleExceeded));
    }
}
