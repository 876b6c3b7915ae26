using System.Collections.Generic;
using System.Linq.Expressions;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Replaces lambda parameters (NRules' declarations) with the expressions that read their facts at run time:
/// the candidate fact, or a typed read of a row slot.</summary>
internal sealed class ParameterRewriter : ExpressionVisitor
{
    private readonly IReadOnlyDictionary<ParameterExpression, Expression> _replacements;

    private ParameterRewriter(IReadOnlyDictionary<ParameterExpression, Expression> replacements)
    {
        _replacements = replacements;
    }

    public static Expression Rewrite(Expression expression, IReadOnlyDictionary<ParameterExpression, Expression> replacements) =>
        new ParameterRewriter(replacements).Visit(expression);

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!_replacements.TryGetValue(node, out var replacement))
        {
            return node;
        }

        return replacement.Type == node.Type ? replacement : Expression.Convert(replacement, node.Type);
    }
}
