using System.Linq.Expressions;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Recognises the action NRules.Fluent 1.0.4 generates for <c>Then().Yield(ctx =&gt; fact)</c>, so the batch
/// engine can run the fact's factory directly instead of the generic linked-fact protocol.</summary>
/// <remarks>
/// <para>NRules.Fluent has no model element for a yield: it writes a <c>Do</c> whose body is, in 1.0.4,</para>
/// <code>
/// { T linked = (T)ctx.GetLinked(key);
///   if (linked == null) ctx.InsertLinked(key, factory); else { linked = update(ctx, linked); ctx.UpdateLinked(key, linked); } }
/// </code>
/// <para>That shape is an implementation detail of NRules.Fluent, pinned here to 1.0.4 and covered by a test over every
/// shipped rule. An action of any other shape still runs, through <see cref="Runtime.ContextAction"/>: a batch activation
/// fires once, so <c>GetLinked</c> is null and the insert branch runs, with the same result at a higher cost.</para>
/// </remarks>
internal static class YieldShape
{
    /// <summary>Returns the factory expression of a Fluent <c>Yield</c> action (over the action's declaration parameters,
    /// possibly the context too), or <see langword="null"/> when <paramref name="action"/> has another shape.</summary>
    public static Expression? FactoryOf(LambdaExpression action)
    {
        if (action.Parameters.Count == 0
            || action.Body is not BlockExpression { Variables.Count: 1, Expressions.Count: 2 } block
            || block.Expressions[0] is not BinaryExpression { NodeType: ExpressionType.Assign } assign
            || assign.Left != block.Variables[0]
            || Unconvert(assign.Right) is not MethodCallExpression { Method.Name: nameof(IContext.GetLinked) } getLinked
            || getLinked.Method.DeclaringType != typeof(IContext)
            || getLinked.Object != action.Parameters[0]
            || getLinked.Arguments[0] is not ConstantExpression { Value: string key }
            || block.Expressions[1] is not ConditionalExpression { Test: BinaryExpression { NodeType: ExpressionType.Equal } test } branch
            || test.Left != block.Variables[0]
            || branch.IfTrue is not MethodCallExpression { Method.Name: nameof(IContext.InsertLinked), Arguments.Count: 2 } insert
            || insert.Method.DeclaringType != typeof(IContext)
            || insert.Object != action.Parameters[0]
            || insert.Arguments[0] is not ConstantExpression { Value: string insertKey }
            || insertKey != key)
        {
            return null;
        }

        return Unconvert(insert.Arguments[1]);
    }

    private static Expression Unconvert(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.TypeAs } convert ? convert.Operand : expression;
}
