using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports a covering report that quotes a residual score the register table does not show.</summary>
[Name("Covering report disagrees")]
[Description("Reports an entry whose covering report quotes a residual score different from the register table's.")]
[Priority(60)]
[Tag("DataQuality")]
[Tag("CoveringReport")]
[Policy("001:800 'the residual score increased to 16' against the table's 16 / 12 at 001:878")]
public sealed class CoveringReportDisagreesRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        CoveringStatement statement = null!;
        When()
            .Match(() => scored)
            .Match(() => statement, c => c.Id == scored.Id, c => c.StatedResidual != null,
                c => scored.Residual == null || c.StatedResidual != scored.Residual.Value.Value);
        Then().Yield(_ => Findings.CoveringReportDisagrees(scored, statement));
    }
}
