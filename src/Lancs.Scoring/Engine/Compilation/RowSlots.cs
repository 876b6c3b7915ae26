using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using Lancs.Scoring.Engine.Runtime;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>The row layout of one rule: each <c>Match</c> pattern's declaration owns a slot, which holds the index of its
/// fact in the session list of its type; reads of a slot are typed and unboxed.</summary>
internal sealed class RowSlots
{
    private readonly IRuleDefinition _rule;
    private readonly Dictionary<string, PatternPlan> _matched = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _slotOfPattern = new();
    private readonly List<int> _slotLists = new();

    public RowSlots(IRuleDefinition rule, IReadOnlyList<PatternPlan> patterns, Func<Type, int> listIdOf)
    {
        _rule = rule;
        // NRules' model guarantees one declaration per name (its builder refuses duplicates).
        foreach (var pattern in patterns)
        {
            if (pattern.Kind != PatternKind.Match)
            {
                continue;
            }

            _matched.Add(pattern.Declaration.Name, pattern);
            _slotOfPattern.Add(pattern.Index, _slotLists.Count);
            _slotLists.Add(listIdOf(pattern.FactType));
        }
    }

    /// <summary>Gets the parameter holding the session's fact lists.</summary>
    public ParameterExpression Lists { get; } = Expression.Parameter(typeof(FactList[]), "lists");

    /// <summary>Gets the parameter holding the rows' slot data.</summary>
    public ParameterExpression Rows { get; } = Expression.Parameter(typeof(int[]), "rows");

    /// <summary>Gets the parameter holding the offset of the current row in <see cref="Rows"/>.</summary>
    public ParameterExpression Offset { get; } = Expression.Parameter(typeof(int), "offset");

    /// <summary>Gets, for each slot, the id of the fact list its index points into.</summary>
    public int[] SlotLists => _slotLists.ToArray();

    /// <summary>Returns the <c>Match</c> pattern that declares <paramref name="parameter"/>.</summary>
    /// <param name="parameter">A lambda parameter of a condition or action.</param>
    /// <param name="where">The condition or action, for the error message.</param>
    public PatternPlan Declaring(ParameterExpression parameter, string where)
    {
        if (parameter.Name is { } name && _matched.TryGetValue(name, out var pattern))
        {
            if (!pattern.FactType.IsAssignableFrom(parameter.Type) && !parameter.Type.IsAssignableFrom(pattern.FactType))
            {
                throw new RuleCompilationException(_rule.Name,
                    $"{where} reads '{name}' as a {parameter.Type.Name}, but pattern {pattern.Index + 1} declares it as a {pattern.FactType.Name}.");
            }

            return pattern;
        }

        throw new RuleCompilationException(_rule.Name, $"{where} reads '{parameter.Name}', which no Match pattern of the rule declares.");
    }

    /// <summary>Builds <c>((FactList&lt;T&gt;)lists[listId]).Items[rows[offset + slot]]</c> for a <c>Match</c> pattern's fact.</summary>
    public Expression Read(PatternPlan pattern)
    {
        var slot = _slotOfPattern[pattern.Index];
        var list = Expression.Convert(Expression.ArrayIndex(Lists, Expression.Constant(_slotLists[slot])), typeof(FactList<>).MakeGenericType(pattern.FactType));
        var index = Expression.ArrayIndex(Rows, Expression.Add(Offset, Expression.Constant(slot)));
        return Expression.ArrayIndex(Expression.Field(list, nameof(FactList<object>.Items)), index);
    }

    /// <summary>Refuses a read of a <c>Define</c> local that NRules.Fluent could not turn into a declaration and that holds
    /// <see langword="null"/>: a local used before the pattern that binds it, or never bound.</summary>
    public void RefuseUnboundLocals(ParameterUses uses, string where)
    {
        foreach (var local in uses.ClosureLocals)
        {
            var field = (System.Reflection.FieldInfo)local.Member;
            if (field.GetValue(((ConstantExpression)local.Expression!).Value) is null)
            {
                throw new RuleCompilationException(_rule.Name,
                    $"{where} uses '{field.Name}', which no earlier pattern declares and which holds null; match it with " +
                    $"Match(() => {field.Name}, ...) before this point, or move the condition to a later pattern.");
            }
        }
    }
}
