using System;
using System.Linq.Expressions;

namespace Lancs.Scoring.Engine;

/// <summary>The right-hand side of a rule: what happens for each match.</summary>
public interface IRightHandSideExpression
{
    /// <summary>Derives a new fact from the bindings; later rules may match it (forward chaining).</summary>
    /// <typeparam name="TFact">The derived fact's type.</typeparam>
    /// <param name="factory">Builds the fact from the rule's bindings, for example <c>() =&gt; new Scored(entry)</c>.</param>
    /// <returns>This expression, to chain further actions.</returns>
    /// <remarks>The session remembers which rule and which facts derived the fact: see <see cref="Session.Explain(object)"/>.</remarks>
    IRightHandSideExpression Yield<TFact>(Expression<Func<TFact>> factory);

    /// <summary>Runs an action with the bindings, for effects outside the session.</summary>
    /// <param name="action">The action; it may use the rule's bindings, the rule's own members and static members,
    /// but no other local of <c>Define</c>, because a compiled rule set is shared by concurrent sessions.</param>
    /// <returns>This expression, to chain further actions.</returns>
    IRightHandSideExpression Do(Expression<Action> action);
}
