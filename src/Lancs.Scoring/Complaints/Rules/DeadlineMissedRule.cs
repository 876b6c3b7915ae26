using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Reports a deadline a dated complaint missed.</summary>
[Name("Deadline missed")]
[Description("Reports each deadline a complaint missed: done after it, or not done although it passed before the as-at date, with the timescale and its source.")]
[Priority(60)]
[Tag("Complaints")]
[Tag("Timescales")]
[Policy("000:820 'exceeded the 6 month statutory maximum timescale'; 000:929 'exceeded the statutory timescale'; Housing Ombudsman / LGSCO Complaint Handling Code deadlines")]
public sealed class DeadlineMissedRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        DeadlineCheck check = null!;
        When().Match(() => check, k => k.Status == DeadlineStatus.Missed);
        Then().Yield(_ => ComplaintFinding.Missed(check));
    }
}
