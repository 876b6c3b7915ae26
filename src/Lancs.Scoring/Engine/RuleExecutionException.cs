using System;
using System.Globalization;

namespace Lancs.Scoring.Engine;

/// <summary>The exception thrown when a rule's condition or action fails while a session fires.</summary>
/// <remarks>The inner exception is the failure itself; <see cref="Expression"/> shows the expression that failed.
/// Validate input before inserting it: bad data should become a rejection, not this exception.</remarks>
public sealed class RuleExecutionException : InvalidOperationException
{
    internal RuleExecutionException(string ruleName, string expression, string problem, Exception? inner)
        : base(string.Format(CultureInfo.InvariantCulture, "Rule '{0}' failed in {1}: {2}", ruleName, expression, problem), inner)
    {
        RuleName = ruleName;
        Expression = expression;
    }

    /// <summary>Gets the name of the rule that failed.</summary>
    public string RuleName { get; }

    /// <summary>Gets the expression (or the part of the rule) that failed, as written.</summary>
    public string Expression { get; }
}
