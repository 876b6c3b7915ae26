using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an entry whose residual already meets its target: at or below it for a risk, at or above it for an opportunity.</summary>
/// <remarks>The papers print no target (their tables' columns, 000:1515 and 000:1550, end at the residual score); the
/// rule is for registers kept in Camms.Risk or Ideagen, which record a target beside the inherent and residual scores.
/// Which side is better follows the policy's direction semantics (<see cref="ScoringPolicy.HigherIsBetter"/>).</remarks>
[Name("Residual meets target")]
[Description("Reports an entry whose residual score already meets its target score: at or below it for a risk, at or above it for an opportunity.")]
[Priority(60)]
[Tag("Target")]
[Policy("no target in the papers (the tables' columns, 000:1515 and 000:1550, end at the residual); registers kept in Camms.Risk or Ideagen record a target score, and a target already met is worth reporting")]
public sealed class ResidualMeetsTargetRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        When().Match(() => scored, s => s.IsTargetMet);
        Then().Yield(_ => Findings.TargetMet(scored));
    }
}
