using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Works out each deadline of a dated complaint from its dates, on working days, and whether it was met.</summary>
[Name("Complaint deadline")]
[Description("Works out each deadline of a complaint given with dates (its stream's timescales at its stage, on the working-day calendar) and whether it was met, missed or is still pending.")]
[Priority(80)]
[Tag("Complaints")]
[Tag("Timescales")]
[Policy("000:820 '6 month statutory maximum timescale'; Children Act 1989 Representations Procedure (England) Regulations 2006 (000:676): Stage 1 10 working days (to 20), Stage 2 25 (to 65), Stage 3 panel; Housing Ombudsman / LGSCO Complaint Handling Code: Stage 1 acknowledge within 5 working days, respond within 10 of the acknowledgement (up to 10 more with a reason), Stage 2 acknowledge within 5, respond within 20")]
public sealed class DeadlineRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Complaint complaint = null!;
        Timescale timescale = null!;
        When()
            .Match(() => complaint, c => c.IsDated)
            .Match(() => timescale, t => t.Key == complaint.TimescaleKey);
        Then().Yield(_ => timescale.Check(complaint));
    }
}
