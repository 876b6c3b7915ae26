using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;

namespace Lancs.Scoring.Engine.Model;

/// <summary>Records what a rule's <c>Define</c> states, through the two stage interfaces, into the rule model.</summary>
internal sealed class RuleBuilder : ILeftHandSideExpression, IRightHandSideExpression
{
    private readonly RuleDefinition _definition;
    private readonly List<PatternElement> _patterns = new();
    private readonly List<ActionElement> _actions = new();

    public RuleBuilder(RuleDefinition definition)
    {
        _definition = definition;
    }

    public ILeftHandSideExpression LeftHandSide => this;

    public IRightHandSideExpression RightHandSide => this;

    public ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        if (alias is null || !Binding.TryReadLocal(alias.Body, out var closure, out var field))
        {
            throw Fail($"Match<{typeof(TFact).Name}> binds '{alias}', which is not a local variable; write the binding as () => local.");
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.Binding is { } existing && existing.Field == field && ReferenceEquals(existing.Closure, closure))
            {
                throw Fail($"The binding '{field!.Name}' is matched twice (patterns {existing.PatternIndex + 1} and {_patterns.Count + 1}); give each pattern its own local.");
            }
        }

        return Add(PatternKind.Match, typeof(TFact), new Binding(closure!, field!, _patterns.Count), conditions);
    }

    public ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions) =>
        Add(PatternKind.Match, typeof(TFact), null, conditions);

    public ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions) =>
        Add(PatternKind.Not, typeof(TFact), null, conditions);

    public ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions) =>
        Add(PatternKind.Exists, typeof(TFact), null, conditions);

    public IRightHandSideExpression Yield<TFact>(Expression<Func<TFact>> factory)
    {
        if (factory is null)
        {
            throw Fail($"Yield<{typeof(TFact).Name}> was given no factory.");
        }

        _actions.Add(new ActionElement(_actions.Count, factory, typeof(TFact)));
        return this;
    }

    public IRightHandSideExpression Do(Expression<Action> action)
    {
        if (action is null)
        {
            throw Fail("Do was given no action.");
        }

        _actions.Add(new ActionElement(_actions.Count, action, null));
        return this;
    }

    public RuleDefinition Build()
    {
        if (_patterns.Count == 0)
        {
            throw Fail("The left-hand side is empty; call When().Match(...) at least once.");
        }

        if (_actions.Count == 0)
        {
            throw Fail("The right-hand side is empty; call Then().Yield(...) or Then().Do(...).");
        }

        _definition.Complete(_patterns.ToArray(), _actions.ToArray());
        return _definition;
    }

    private RuleBuilder Add<TFact>(PatternKind kind, Type factType, Binding? binding, Expression<Func<TFact, bool>>[]? conditions)
    {
        var lambdas = new List<LambdaExpression>();
        foreach (var condition in conditions ?? Array.Empty<Expression<Func<TFact, bool>>>())
        {
            if (condition is null)
            {
                throw Fail($"Pattern {_patterns.Count + 1} ({kind} {factType.Name}) has a null condition.");
            }

            lambdas.Add(condition);
        }

        _patterns.Add(new PatternElement(_patterns.Count, kind, factType, binding, lambdas));
        return this;
    }

    private RuleDefinitionException Fail(string message) =>
        new(_definition.Name, _definition.RuleType, message, null);
}
