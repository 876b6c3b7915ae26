using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>One pattern of a rule as the batch engine reads it from NRules' model: its kind, declaration and conditions.</summary>
internal sealed class PatternPlan
{
    public PatternPlan(int index, PatternKind kind, Declaration declaration, IReadOnlyList<LambdaExpression> conditions)
    {
        Index = index;
        Kind = kind;
        Declaration = declaration;
        Conditions = conditions;
    }

    /// <summary>Gets the pattern's position in the left-hand side.</summary>
    public int Index { get; }

    /// <summary>Gets how the pattern takes part in the rule.</summary>
    public PatternKind Kind { get; }

    /// <summary>Gets the pattern's declaration: its name is the name of the lambda parameter that stands for the fact.</summary>
    public Declaration Declaration { get; }

    /// <summary>Gets the type of fact the pattern matches.</summary>
    public Type FactType => Declaration.Type;

    /// <summary>Gets the conditions: lambdas whose parameters are named after the declarations they read.</summary>
    public IReadOnlyList<LambdaExpression> Conditions { get; }
}
