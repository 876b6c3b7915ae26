using System;
using System.Linq.Expressions;
using Lancs.Scoring.Engine.Model;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Rewrites an authored expression for the runtime: each binding read becomes a read of its slot in the current row,
/// and a pattern's parameter becomes the candidate fact.</summary>
internal sealed class BindingRewriter : ExpressionVisitor
{
    private readonly Func<MemberExpression, Expression?> _replaceBinding;
    private readonly ParameterExpression? _parameter;
    private readonly Expression? _replacement;

    private BindingRewriter(Func<MemberExpression, Expression?> replaceBinding, ParameterExpression? parameter, Expression? replacement)
    {
        _replaceBinding = replaceBinding;
        _parameter = parameter;
        _replacement = replacement;
    }

    /// <summary>Returns <paramref name="expression"/> with binding reads replaced by <paramref name="replaceBinding"/>
    /// (which returns <see langword="null"/> for a member that is not a binding) and <paramref name="parameter"/> by <paramref name="replacement"/>.</summary>
    public static Expression Rewrite(Expression expression, Func<MemberExpression, Expression?> replaceBinding, ParameterExpression? parameter = null, Expression? replacement = null) =>
        new BindingRewriter(replaceBinding, parameter, replacement).Visit(expression);

    protected override Expression VisitMember(MemberExpression node)
    {
        if (Binding.TryReadLocal(node, out _, out _) && _replaceBinding(node) is { } replacement)
        {
            return replacement.Type == node.Type ? replacement : Expression.Convert(replacement, node.Type);
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        node == _parameter && _replacement is not null ? _replacement : node;
}
