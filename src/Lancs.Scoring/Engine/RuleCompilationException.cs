using System;
using System.Globalization;

namespace Lancs.Scoring.Engine;

/// <summary>The exception thrown when a set of well-defined rules cannot be compiled together.</summary>
/// <remarks>Examples: a binding used before it is matched, a negation cycle, an action that is not allowed,
/// a duplicate rule name.</remarks>
public sealed class RuleCompilationException : InvalidOperationException
{
    internal RuleCompilationException(string ruleName, string problem, Exception? inner = null)
        : base(string.Format(CultureInfo.InvariantCulture, "Rule '{0}' cannot be compiled: {1}", ruleName, problem), inner)
    {
        RuleName = ruleName;
        Problem = problem;
    }

    /// <summary>Gets the name of the rule at fault (the first of them, for a problem between several rules).</summary>
    public string RuleName { get; }

    /// <summary>Gets what is wrong, as a sentence.</summary>
    public string Problem { get; }
}
