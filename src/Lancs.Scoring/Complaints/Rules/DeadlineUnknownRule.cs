using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Reports a deadline that cannot be worked out from a dated complaint's dates, rather than guessing it.</summary>
[Name("Deadline cannot be worked out")]
[Description("Reports each deadline of a complaint given with dates that cannot be worked out: a date it counts from is missing, or the calendar does not list that year's bank holidays.")]
[Priority(60)]
[Tag("Complaints")]
[Tag("Timescales")]
[Policy("Housing Ombudsman / LGSCO Complaint Handling Code: Stage 2 is counted from the request to escalate; Children Act 1989 Representations Procedure (England) Regulations 2006 (000:676): Stage 2 and 3 from the request")]
public sealed class DeadlineUnknownRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        DeadlineCheck check = null!;
        When().Match(() => check, k => k.Status == DeadlineStatus.Unknown);
        Then().Yield(_ => ComplaintFinding.Unknown(check));
    }
}
