using System;
using System.Linq.Expressions;

namespace Lancs.Scoring.Engine;

/// <summary>The left-hand side of a rule: the facts it matches, in order.</summary>
/// <remarks>
/// Each call adds one pattern. A condition may refer to the pattern's own fact and to the bindings of earlier
/// patterns. A condition that equates an expression over the new fact with an expression over earlier bindings
/// (<c>b =&gt; b.Id == a.Id</c>) runs as a hash join; a condition over the new fact alone filters before any join;
/// every other condition filters the joined rows.
/// </remarks>
public interface ILeftHandSideExpression
{
    /// <summary>Matches facts of type <typeparamref name="TFact"/> and binds each to a local of the rule's <c>Define</c>.</summary>
    /// <typeparam name="TFact">The fact type; facts of derived types match too.</typeparam>
    /// <param name="alias">The binding, written <c>() =&gt; local</c>; later patterns and the right-hand side may use the local.</param>
    /// <param name="conditions">Conditions the fact must meet, all of them.</param>
    /// <returns>This expression, to chain further patterns.</returns>
    ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Matches facts of type <typeparamref name="TFact"/> without binding them.</summary>
    /// <typeparam name="TFact">The fact type; facts of derived types match too.</typeparam>
    /// <param name="conditions">Conditions the fact must meet, all of them.</param>
    /// <returns>This expression, to chain further patterns.</returns>
    ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that no fact of type <typeparamref name="TFact"/> meets the conditions.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="conditions">Conditions over the fact and earlier bindings.</param>
    /// <returns>This expression, to chain further patterns.</returns>
    /// <remarks>A rule with <c>Not</c> runs only once every rule that yields <typeparamref name="TFact"/> has run.</remarks>
    ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that at least one fact of type <typeparamref name="TFact"/> meets the conditions.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="conditions">Conditions over the fact and earlier bindings.</param>
    /// <returns>This expression, to chain further patterns.</returns>
    /// <remarks>The rule fires once per row of earlier bindings, however many facts meet the conditions.</remarks>
    ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions);
}
