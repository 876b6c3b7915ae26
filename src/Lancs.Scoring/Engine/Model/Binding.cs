using System;
using System.Linq.Expressions;
using System.Reflection;

namespace Lancs.Scoring.Engine.Model;

/// <summary>A local of a rule's <c>Define</c> that a pattern binds: the compiler-generated closure field behind it.</summary>
internal sealed class Binding
{
    public Binding(object closure, FieldInfo field, int patternIndex)
    {
        Closure = closure;
        Field = field;
        PatternIndex = patternIndex;
    }

    /// <summary>Gets the closure instance that holds the local.</summary>
    public object Closure { get; }

    /// <summary>Gets the closure field that stands for the local.</summary>
    public FieldInfo Field { get; }

    /// <summary>Gets the local's name as written in the rule.</summary>
    public string Name => Field.Name;

    /// <summary>Gets the local's type.</summary>
    public Type Type => Field.FieldType;

    /// <summary>Gets the index of the pattern that binds the local.</summary>
    public int PatternIndex { get; }

    /// <summary>Returns whether <paramref name="expression"/> reads this binding's local.</summary>
    public bool IsReadBy(MemberExpression expression) =>
        expression.Member == Field && expression.Expression is ConstantExpression c && ReferenceEquals(c.Value, Closure);

    /// <summary>Reads a closure field from an expression: <c>() =&gt; local</c> or a use of <c>local</c> in a lambda.</summary>
    public static bool TryReadLocal(Expression expression, out object? closure, out FieldInfo? field)
    {
        if (expression is MemberExpression { Member: FieldInfo f, Expression: ConstantExpression { Value: { } target } }
            && target.GetType().IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
        {
            closure = target;
            field = f;
            return true;
        }

        closure = null;
        field = null;
        return false;
    }
}
