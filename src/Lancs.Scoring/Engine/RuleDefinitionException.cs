using System;
using System.Globalization;

namespace Lancs.Scoring.Engine;

/// <summary>The exception thrown when a rule's <see cref="Rule.Define"/> states something the engine cannot read.</summary>
/// <remarks>Examples: an empty left- or right-hand side, a binding that is not a local, a local bound twice.</remarks>
public sealed class RuleDefinitionException : InvalidOperationException
{
    internal RuleDefinitionException(string ruleName, Type ruleType, string problem, Exception? inner)
        : base(string.Format(CultureInfo.InvariantCulture, "Rule '{0}' ({1}) is not well defined: {2}", ruleName, ruleType.FullName, problem), inner)
    {
        RuleName = ruleName;
        RuleType = ruleType;
        Problem = problem;
    }

    /// <summary>Gets the name of the rule at fault.</summary>
    public string RuleName { get; }

    /// <summary>Gets the class of the rule at fault.</summary>
    public Type RuleType { get; }

    /// <summary>Gets what is wrong, as a sentence.</summary>
    public string Problem { get; }
}
