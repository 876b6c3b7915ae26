namespace Lancs.Scoring.Engine.Compilation;

/// <summary>How a pattern takes part in a rule's left-hand side.</summary>
internal enum PatternKind
{
    /// <summary>Joins each matching fact into the rule's rows (an NRules <c>PatternElement</c> in the rule's <c>And</c>).</summary>
    Match,

    /// <summary>Keeps a row only if no fact matches (an NRules <c>NotElement</c>).</summary>
    Not,

    /// <summary>Keeps a row only if some fact matches (an NRules <c>ExistsElement</c>).</summary>
    Exists,
}
