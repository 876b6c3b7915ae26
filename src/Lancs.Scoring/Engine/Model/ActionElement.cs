using System;
using System.Linq.Expressions;

namespace Lancs.Scoring.Engine.Model;

/// <summary>One action of a rule's right-hand side.</summary>
internal sealed class ActionElement
{
    public ActionElement(int index, LambdaExpression expression, Type? yieldedType)
    {
        Index = index;
        Expression = expression;
        YieldedType = yieldedType;
    }

    /// <summary>Gets the action's position in the right-hand side.</summary>
    public int Index { get; }

    /// <summary>Gets the action as written: a parameterless lambda over the rule's bindings.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>Gets the type of fact a <c>Yield</c> derives, or <see langword="null"/> for a <c>Do</c>.</summary>
    public Type? YieldedType { get; }

    /// <summary>Gets whether the action derives a fact.</summary>
    public bool IsYield => YieldedType is not null;
}
