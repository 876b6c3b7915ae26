using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Lancs.Scoring.Engine.Runtime;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Compiles one action of a rule: a recognised Fluent <c>Yield</c> into a typed factory over the row
/// (<see cref="YieldAction{T}"/>), any other action into a call of the rule's own lambda with a batch
/// <see cref="IContext"/> (<see cref="ContextAction"/>).</summary>
internal static class ActionCompiler
{
    /// <summary>The context methods an action may call: those that insert. The batch engine has no retraction, update or agenda.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        nameof(IContext.Insert), nameof(IContext.InsertAll), nameof(IContext.TryInsert), nameof(IContext.InsertLinked),
        nameof(IContext.InsertAllLinked), nameof(IContext.GetLinked), nameof(IContext.GetLinkedKeys),
    };

    private static readonly HashSet<string> Inserting = new(StringComparer.Ordinal)
    {
        nameof(IContext.Insert), nameof(IContext.TryInsert), nameof(IContext.InsertLinked), nameof(IContext.InsertAll), nameof(IContext.InsertAllLinked),
    };

    public static RuleAction Compile(IRuleDefinition rule, ActionElement action, int index, RowSlots slots)
    {
        var lambda = action.Expression;
        var description = $"action {index + 1}: {ExpressionText.Of(lambda)}";
        if ((action.ActionTrigger & ActionTrigger.Activated) == 0)
        {
            throw RuleReader.Refuse(rule, $"an action that fires only on {action.ActionTrigger} (Undo)", "a batch session never deactivates a match.");
        }

        var context = lambda.Parameters[0];
        var replacements = new Dictionary<ParameterExpression, Expression>();
        for (var p = 1; p < lambda.Parameters.Count; p++)
        {
            replacements.Add(lambda.Parameters[p], slots.Read(slots.Declaring(lambda.Parameters[p], description)));
        }

        var uses = ParameterUses.Of(lambda.Body);
        slots.RefuseUnboundLocals(uses, description);
        var factory = YieldShape.FactoryOf(lambda);
        if (factory is null && uses.ClosureLocals.Count > 0)
        {
            throw new RuleCompilationException(rule.Name,
                $"{description} is not allowed: it uses the local '{uses.ClosureLocals[0].Member.Name}', which no pattern declares. " +
                "A compiled rule set is shared by concurrent sessions, so an action may use only the rule's declarations, its own members " +
                "and static members; yield a fact instead of collecting into a local.");
        }

        if (factory is not null && !ParameterUses.Of(factory).Parameters.Contains(context))
        {
            return ActionFactory.For(factory.Type).Yield(description, ParameterRewriter.Rewrite(factory, replacements), slots);
        }

        // A yield whose factory reads the context runs through the context; only its factory is the rule's own code.
        var inserted = factory is null ? InsertedTypes(rule, lambda.Body, description) : Checked(rule, factory, description);
        var body = ParameterRewriter.Rewrite(lambda.Body, replacements);
        var run = Expression.Lambda<ContextRowAction>(body, context, slots.Lists, slots.Rows, slots.Offset).Compile();
        return new ContextAction(description, run, inserted);
    }

    private static IReadOnlyList<Type> Checked(IRuleDefinition rule, Expression factory, string description)
    {
        InsertedTypes(rule, factory, description);
        return new[] { factory.Type };
    }

    /// <summary>Returns the static types of the facts an action inserts, and refuses calls that update, retract or halt.</summary>
    private static IReadOnlyList<Type> InsertedTypes(IRuleDefinition rule, Expression body, string description)
    {
        var types = new List<Type>();
        foreach (var call in ContextCalls.In(body))
        {
            if (!Allowed.Contains(call.Method.Name))
            {
                throw RuleReader.Refuse(rule, $"IContext.{call.Method.Name} in {description}",
                    "the batch engine derives facts and never updates, retracts or halts; yield a new fact instead.");
            }

            if (Inserting.Contains(call.Method.Name))
            {
                var fact = call.Arguments[call.Arguments.Count - 1];
                fact = fact is UnaryExpression { NodeType: ExpressionType.Convert } c ? c.Operand : fact;
                var type = call.Method.Name.StartsWith(nameof(IContext.InsertAll), StringComparison.Ordinal) ? ElementType(fact.Type) : fact.Type;
                if (type is null || type == typeof(object))
                {
                    throw new RuleCompilationException(rule.Name,
                        $"{description} inserts facts of a type the compiler cannot see ({fact.Type.Name}); insert an expression of the fact's own type, so the rule can be ordered after the rules it feeds.");
                }

                types.Add(type);
            }
        }

        return types;
    }

    private static Type? ElementType(Type sequence)
    {
        foreach (var candidate in new[] { sequence }.Concat(sequence.GetInterfaces()))
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                var element = candidate.GetGenericArguments()[0];
                if (element.IsGenericType && element.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
                {
                    return element.GetGenericArguments()[1];
                }

                return element;
            }
        }

        return null;
    }

    private sealed class ContextCalls : ExpressionVisitor
    {
        private readonly List<MethodCallExpression> _calls = new();

        public static IReadOnlyList<MethodCallExpression> In(Expression body)
        {
            var visitor = new ContextCalls();
            visitor.Visit(body);
            return visitor._calls;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(IContext) || (node.Object is not null && typeof(IContext).IsAssignableFrom(node.Object.Type)))
            {
                _calls.Add(node);
            }

            return base.VisitMethodCall(node);
        }
    }
}
