using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Benchmarks.Engine;

/// <summary>Joins every left fact to the right facts with the same key: the shape of the two-quarter register join.</summary>
[Name("Equality join")]
public sealed class EqualityJoinRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        LeftFact left = null!;
        RightFact right = null!;
        When()
            .Match(() => left)
            .Match(() => right, r => r.Key == left.Key);
        Then().Yield(_ => new JoinedFact(left, right));
    }
}
