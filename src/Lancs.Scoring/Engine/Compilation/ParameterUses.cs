using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>What an expression reads: which lambda parameters (NRules' declarations), and which locals of the rule's
/// <c>Define</c> that NRules.Fluent left as closure reads because no declaration was in scope for them.</summary>
internal sealed class ParameterUses : ExpressionVisitor
{
    private ParameterUses()
    {
    }

    /// <summary>Gets the parameters read, each once, in order of first use.</summary>
    public List<ParameterExpression> Parameters { get; } = new();

    /// <summary>Gets the reads of <c>Define</c>'s locals (fields of a compiler-generated closure), in order.</summary>
    public List<MemberExpression> ClosureLocals { get; } = new();

    public static ParameterUses Of(Expression expression)
    {
        var uses = new ParameterUses();
        uses.Visit(expression);
        return uses;
    }

    /// <summary>Returns whether <paramref name="member"/> reads a local of a rule's <c>Define</c>: a field of a closure class.</summary>
    public static bool IsClosureLocal(MemberExpression member) =>
        member is { Member: FieldInfo, Expression: ConstantExpression { Value: { } target } }
        && target.GetType().IsDefined(typeof(CompilerGeneratedAttribute), false);

    protected override Expression VisitMember(MemberExpression node)
    {
        if (IsClosureLocal(node))
        {
            ClosureLocals.Add(node);
            return node;
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!Parameters.Contains(node))
        {
            Parameters.Add(node);
        }

        return node;
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        // A nested lambda's own parameters are not declarations.
        var before = Parameters.Count;
        var result = base.VisitLambda(node);
        foreach (var own in node.Parameters)
        {
            var at = Parameters.IndexOf(own);
            if (at >= before)
            {
                Parameters.RemoveAt(at);
            }
        }

        return result;
    }
}
