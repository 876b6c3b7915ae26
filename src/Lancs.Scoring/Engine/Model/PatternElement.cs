using System;
using System.Collections.Generic;
using System.Linq.Expressions;

namespace Lancs.Scoring.Engine.Model;

/// <summary>One pattern of a rule's left-hand side: a fact type, an optional binding and its conditions.</summary>
internal sealed class PatternElement
{
    public PatternElement(int index, PatternKind kind, Type factType, Binding? binding, IReadOnlyList<LambdaExpression> conditions)
    {
        Index = index;
        Kind = kind;
        FactType = factType;
        Binding = binding;
        Conditions = conditions;
    }

    /// <summary>Gets the pattern's position in the left-hand side.</summary>
    public int Index { get; }

    /// <summary>Gets how the pattern takes part in the rule.</summary>
    public PatternKind Kind { get; }

    /// <summary>Gets the type of fact the pattern matches.</summary>
    public Type FactType { get; }

    /// <summary>Gets the binding, or <see langword="null"/> for an unbound pattern.</summary>
    public Binding? Binding { get; }

    /// <summary>Gets the conditions as written, each a lambda over the pattern's fact.</summary>
    public IReadOnlyList<LambdaExpression> Conditions { get; }
}
