using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an entry whose target sits on the wrong side of its residual: above it for a risk, below it for an opportunity.</summary>
/// <remarks>A target is where the actions should take the residual, so it lies on the better side of it: such a target
/// was passed before it was set, or was typed in the wrong column. The papers print no target; which side is better
/// follows the policy's direction semantics (<see cref="ScoringPolicy.HigherIsBetter"/>). An entry reported here is also
/// reported by <see cref="ResidualMeetsTargetRule"/>: the one says the target is met, the other that it is no aim.</remarks>
[Name("Target on the wrong side of residual")]
[Description("Reports a risk whose target score is above its residual score, or an opportunity whose target is below its residual: the target asks for less than the actions have already achieved.")]
[Priority(60)]
[Tag("DataQuality")]
[Policy("no target in the papers (000:1515, 000:1550); as the residual lies on the better side of the inherent (register_rules §3; 001:806-808), a target lies on the better side of the residual")]
public sealed class TargetOnWrongSideRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        When().Match(() => scored, s => s.IsTargetOnWrongSide);
        Then().Yield(_ => Findings.TargetOnWrongSide(scored));
    }
}
