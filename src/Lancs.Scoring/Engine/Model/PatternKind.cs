namespace Lancs.Scoring.Engine.Model;

/// <summary>How a pattern takes part in a rule's left-hand side.</summary>
internal enum PatternKind
{
    /// <summary>Joins each matching fact into the rule's rows.</summary>
    Match,

    /// <summary>Keeps a row only if no fact matches.</summary>
    Not,

    /// <summary>Keeps a row only if some fact matches.</summary>
    Exists,
}
