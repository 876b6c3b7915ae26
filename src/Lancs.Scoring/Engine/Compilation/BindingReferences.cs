using System.Collections.Generic;
using System.Linq.Expressions;
using Lancs.Scoring.Engine.Model;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>What an expression reads: which bindings, which other locals of <c>Define</c>, and whether it reads a given parameter.</summary>
internal sealed class BindingReferences : ExpressionVisitor
{
    private readonly IReadOnlyList<Binding> _bindings;
    private readonly ParameterExpression? _parameter;

    private BindingReferences(IReadOnlyList<Binding> bindings, ParameterExpression? parameter)
    {
        _bindings = bindings;
        _parameter = parameter;
    }

    /// <summary>Gets the bindings read, each once, in order of first use.</summary>
    public List<Binding> Bindings { get; } = new();

    /// <summary>Gets the locals of <c>Define</c> read that no pattern binds, as member expressions.</summary>
    public List<MemberExpression> OtherLocals { get; } = new();

    /// <summary>Gets whether the expression reads the parameter.</summary>
    public bool ReadsParameter { get; private set; }

    public static BindingReferences Of(Expression expression, IReadOnlyList<Binding> bindings, ParameterExpression? parameter = null)
    {
        var references = new BindingReferences(bindings, parameter);
        references.Visit(expression);
        return references;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        foreach (var binding in _bindings)
        {
            if (binding.IsReadBy(node))
            {
                if (!Bindings.Contains(binding))
                {
                    Bindings.Add(binding);
                }

                return node;
            }
        }

        if (Binding.TryReadLocal(node, out _, out _))
        {
            OtherLocals.Add(node);
            return node;
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        ReadsParameter |= node == _parameter;
        return node;
    }
}
