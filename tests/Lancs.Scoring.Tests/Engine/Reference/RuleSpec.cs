namespace Lancs.Scoring.Tests.Engine.Reference;

/// <summary>How the second pattern of a generated rule refers to the first.</summary>
public enum JoinKind
{
    /// <summary>No condition between the two: every pair.</summary>
    Cross,

    /// <summary><c>y.Key == x.Key</c>: a hash join.</summary>
    Key,

    /// <summary><c>y.Value &lt; x.Value + offset</c>: a residual condition.</summary>
    Residual,

    /// <summary>Both: a hash join with a residual.</summary>
    KeyAndResidual,
}

/// <summary>A random rule: one or two <c>Match</c> patterns, an optional quantifier, one <c>Yield</c>.</summary>
public sealed record RuleSpec(
    int Index,
    char First,
    int? FirstMin,
    char? Second,
    JoinKind Join,
    int Offset,
    char? Quantified,
    bool Negated,
    bool QuantifierByKey,
    int QuantifierMin,
    char Output,
    int Priority);
