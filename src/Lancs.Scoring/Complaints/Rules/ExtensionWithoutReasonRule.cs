using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Reports a response deadline extended without a reason; the extension is then not counted.</summary>
[Name("Extension without a reason")]
[Description("Reports a complaint whose response deadline was extended without a reason given; its deadlines are worked out without the extension.")]
[Priority(60)]
[Tag("Complaints")]
[Tag("Timescales")]
[Policy("Housing Ombudsman / LGSCO Complaint Handling Code: Stage 1 response 'an extension of up to 10 more working days with a reason'")]
public sealed class ExtensionWithoutReasonRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Complaint complaint = null!;
        When().Match(() => complaint, c => c.IsDated, c => c.ExtendedWithoutReason);
        Then().Yield(_ => ComplaintFinding.WithoutReason(complaint));
    }
}
