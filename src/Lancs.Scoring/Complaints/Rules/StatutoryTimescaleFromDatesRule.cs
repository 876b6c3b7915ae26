using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Counts a dated complaint that missed a statutory deadline in the report's timescale share, once.</summary>
[Name("Statutory timescale exceeded, from dates")]
[Description("Counts a complaint given with dates that missed a statutory deadline in the timescale share (over complaints received), once however many it missed.")]
[Priority(50)]
[Tag("Complaints")]
[Tag("Timescales")]
[Policy("000:820 'just over 5% (25) ... exceeded the 6 month statutory maximum timescale': 25 of 479; 000:929 '12% (27) exceeded the statutory timescale': 27 of 220")]
public sealed class StatutoryTimescaleFromDatesRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Complaint complaint = null!;
        When()
            .Match(() => complaint, c => c.IsDated)
            .Exists<DeadlineCheck>(k => k.Complaint == complaint, k => k.IsStatutoryMiss);
        Then().Yield(_ => new ComplaintMark(complaint, ComplaintMeasure.TimescaleExceeded));
    }
}
