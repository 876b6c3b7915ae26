using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Reports a response deadline extended by more than its timescale allows; only the allowed part is counted.</summary>
[Name("Extension beyond the limit")]
[Description("Reports a complaint whose response deadline was extended by more working days than its timescale allows (none for the 6 month statutory maximum); only the allowed extension is counted.")]
[Priority(60)]
[Tag("Complaints")]
[Tag("Timescales")]
[Policy("Housing Ombudsman / LGSCO Complaint Handling Code: 'up to 10 more working days'; Children Act 1989 Representations Procedure (England) Regulations 2006 (000:676): Stage 1 to 20 working days, Stage 2 to 65; 000:820 '6 month statutory maximum'")]
public sealed class ExtensionBeyondLimitRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        DeadlineCheck check = null!;
        When().Match(() => check, k => k.ExtensionBeyondLimit);
        Then().Yield(_ => ComplaintFinding.BeyondLimit(check));
    }
}
