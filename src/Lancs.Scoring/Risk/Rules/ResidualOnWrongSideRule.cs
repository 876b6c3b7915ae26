using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports a risk whose residual is above its inherent score, or an opportunity whose residual is below it.</summary>
[Name("Residual on the wrong side of inherent")]
[Description("Reports a risk whose residual score is above its risk score, or an opportunity whose residual is below its opportunity score.")]
[Priority(60)]
[Tag("DataQuality")]
[Policy("register_rules §3: residual <= inherent in all 44 risk rows; 001:806-808 opportunity 'scores corrected to increase after maximising actions'")]
public sealed class ResidualOnWrongSideRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        When().Match(() => scored, s => s.IsResidualOnWrongSide);
        Then().Yield(_ => Findings.ResidualOnWrongSide(scored));
    }
}
