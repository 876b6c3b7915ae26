using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Scores each entry before and after mitigating (or maximising) actions on the 5x5 matrix.</summary>
[Name("Score entry")]
[Description("Scores each entry: the inherent score before mitigating actions and the residual score after them, each impact x likelihood on the Key to Scores.")]
[Priority(100)]
[Tag("Register")]
[Policy("001:781 'risk scores' before and after mitigating actions, based on a scoring matrix; Key to Scores 000:1557-1565")]
public sealed class ScoreEntryRule : Rule
{
    private readonly ScoringPolicy _policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy whose direction semantics say which way is good news for each kind of entry.</param>
    public ScoreEntryRule(ScoringPolicy policy) => _policy = Guard.NotNull(policy);

    /// <inheritdoc />
    public override void Define()
    {
        RegisterEntry entry = null!;
        When().Match(() => entry);
        Then().Yield(_ => new ScoredEntry(entry, _policy.HigherIsBetter(entry.Kind)));
    }
}
