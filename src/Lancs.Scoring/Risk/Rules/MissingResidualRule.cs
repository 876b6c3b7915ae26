using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an entry with no residual assessment.</summary>
[Name("Missing residual")]
[Description("Reports an entry with no residual score; it is judged on its inherent score until it is assessed.")]
[Priority(60)]
[Tag("DataQuality")]
[Policy("001:781 every entry is scored 'both before and after the application of mitigating actions'")]
public sealed class MissingResidualRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        When().Match(() => scored, s => s.Residual == null);
        Then().Yield(_ => Findings.MissingResidual(scored));
    }
}
