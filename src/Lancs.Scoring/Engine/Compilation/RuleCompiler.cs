using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using Lancs.Scoring.Engine.Model;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Turns one rule's model into a <see cref="CompiledRule"/>: classifies each condition, rewrites bindings into row
/// slots and compiles every expression once into a delegate.</summary>
internal sealed partial class RuleCompiler
{
    private readonly RuleDefinition _rule;
    private readonly Func<Type, int> _listIdOf;
    private readonly Func<string, int> _sharedIndexOf;
    private readonly List<Binding> _bindings = new();
    private readonly Dictionary<int, int> _slotOfPattern = new();
    private readonly List<int> _slotLists = new();
    private readonly ParameterExpression _lists = Expression.Parameter(typeof(FactList[]), "lists");
    private readonly ParameterExpression _rows = Expression.Parameter(typeof(int[]), "rows");
    private readonly ParameterExpression _offset = Expression.Parameter(typeof(int), "offset");

    private RuleCompiler(RuleDefinition rule, Func<Type, int> listIdOf, Func<string, int> sharedIndexOf)
    {
        _rule = rule;
        _listIdOf = listIdOf;
        _sharedIndexOf = sharedIndexOf;
        foreach (var pattern in rule.Patterns)
        {
            if (pattern.Kind != PatternKind.Match)
            {
                continue;
            }

            _slotOfPattern.Add(pattern.Index, _slotLists.Count);
            _slotLists.Add(listIdOf(pattern.FactType));
            if (pattern.Binding is { } binding)
            {
                if (!binding.Type.IsAssignableFrom(pattern.FactType))
                {
                    throw Fail($"the binding '{binding.Name}' is a {binding.Type.Name}, which cannot hold the {pattern.FactType.Name} facts pattern {pattern.Index + 1} matches.");
                }

                _bindings.Add(binding);
            }
        }
    }

    /// <summary>Compiles <paramref name="rule"/>; <paramref name="listIdOf"/> gives the session list that holds each pattern type,
    /// <paramref name="sharedIndexOf"/> the rule set's shared hash index for a key signature.</summary>
    public static CompiledRule Compile(RuleDefinition rule, int index, Func<Type, int> listIdOf, Func<string, int> sharedIndexOf)
    {
        try
        {
            return new RuleCompiler(rule, listIdOf, sharedIndexOf).Compile(index);
        }
        catch (Exception ex) when (ex is not RuleCompilationException)
        {
            throw new RuleCompilationException(rule.Name, ex.Message, ex);
        }
    }

    private CompiledRule Compile(int index)
    {
        var steps = new Step[_rule.Patterns.Count];
        var consumed = new List<Type>();
        var negated = new List<Type>();
        foreach (var pattern in _rule.Patterns)
        {
            steps[pattern.Index] = CompilePattern(pattern);
            (pattern.Kind == PatternKind.Not ? negated : consumed).Add(pattern.FactType);
        }

        var actions = new RuleAction[_rule.Actions.Count];
        var yielded = new List<Type>();
        foreach (var action in _rule.Actions)
        {
            actions[action.Index] = CompileAction(action);
            if (action.YieldedType is { } type)
            {
                yielded.Add(type);
            }
        }

        return new CompiledRule(_rule, index, steps, actions, _slotLists.ToArray(), consumed, negated, yielded);
    }

    private RuleAction CompileAction(ActionElement action)
    {
        var description = $"action {action.Index + 1}: {(action.IsYield ? "Yield" : "Do")}({ExpressionText.Of(action.Expression)})";
        var references = BindingReferences.Of(action.Expression.Body, _bindings);
        CheckOtherLocals(references, description);
        if (!action.IsYield && references.OtherLocals.Count > 0)
        {
            throw Fail($"{description} is not allowed: it uses the local '{references.OtherLocals[0].Member.Name}', which no pattern binds. " +
                "A compiled rule set is shared by concurrent sessions, so an action may use only the rule's bindings, its own members " +
                "and static members; yield a fact instead of collecting into a local.");
        }

        var body = BindingRewriter.Rewrite(action.Expression.Body, SlotOfBinding);
        if (action.YieldedType is { } type)
        {
            var factory = Expression.Lambda(typeof(RowFunction<>).MakeGenericType(type), body, _lists, _rows, _offset).Compile();
            return (RuleAction)Activator.CreateInstance(typeof(YieldAction<>).MakeGenericType(type), description, factory)!;
        }

        return new DoAction(description, Expression.Lambda<RowAction>(body, _lists, _rows, _offset).Compile());
    }

    /// <summary>Returns the read of a binding's fact from the current row, or <see langword="null"/> if the member is not a binding.</summary>
    private Expression? SlotOfBinding(MemberExpression member)
    {
        foreach (var binding in _bindings)
        {
            if (binding.IsReadBy(member))
            {
                return SlotRead(_slotOfPattern[binding.PatternIndex], _rule.Patterns[binding.PatternIndex].FactType);
            }
        }

        return null;
    }

    /// <summary>Builds <c>((FactList&lt;T&gt;)lists[listId]).Items[rows[offset + slot]]</c>: a typed, unboxed read.</summary>
    private Expression SlotRead(int slot, Type factType)
    {
        var list = Expression.Convert(Expression.ArrayIndex(_lists, Expression.Constant(_slotLists[slot])), typeof(FactList<>).MakeGenericType(factType));
        var index = Expression.ArrayIndex(_rows, Expression.Add(_offset, Expression.Constant(slot)));
        return Expression.ArrayIndex(Expression.Field(list, nameof(FactList<object>.Items)), index);
    }

    private void CheckOtherLocals(BindingReferences references, string where)
    {
        foreach (var local in references.OtherLocals)
        {
            Binding.TryReadLocal(local, out var closure, out var field);
            if (field!.GetValue(closure) is null)
            {
                throw Fail($"{where} uses '{field.Name}', which no pattern binds and which holds null; bind it with Match(() => {field.Name}, ...) before using it, or give it a value.");
            }
        }
    }

    private RuleCompilationException Fail(string problem) => new(_rule.Name, problem);
}
