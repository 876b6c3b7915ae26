using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an entry on the register that its covering report does not mention.</summary>
[Name("Not in covering report")]
[Description("When covering-report statements are given, reports each entry on the register that none of them mentions.")]
[Priority(60)]
[Tag("DataQuality")]
[Tag("CoveringReport")]
[Policy("000:1463-1488 lists the entries that remain 12 or above but leaves out C01, which is in the table at 000:1551")]
public sealed class NotInCoveringReportRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Inclusion inclusion = null!;
        When()
            .Match(() => inclusion, i => i.IsOnCorporateRegister)
            .Exists<CoveringStatement>()
            .Not<CoveringStatement>(c => c.Id == inclusion.Entry.Id);
        Then().Yield(_ => Findings.NotInCoveringReport(inclusion));
    }
}
