using System.Collections.Generic;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Reads an NRules rule definition into the flat list of patterns and actions the batch engine runs, refusing
/// every element the batch engine does not support with an exception that names the rule and the element.</summary>
/// <remarks>Supported: an <c>And</c> of patterns (nested <c>And</c>s are flattened), <c>Not</c> and <c>Exists</c> over a
/// single pattern, and actions that fire on activation. Refused: <c>Or</c>, <c>All</c> (<c>ForAll</c>), aggregates
/// (<c>Query</c>, <c>Collect</c>, <c>GroupBy</c>...), bindings (<c>Let</c>), dependencies, filters, and actions that fire
/// only on deactivation (<c>Undo</c>). Actions that update or retract facts are refused by <see cref="ActionCompiler"/>.</remarks>
internal static class RuleReader
{
    public static IReadOnlyList<PatternPlan> Patterns(IRuleDefinition rule)
    {
        if (rule.DependencyGroup.Dependencies.Count > 0)
        {
            throw Refuse(rule, "Dependency()", "a dependency; the batch engine resolves no services. Pass what the rule needs through its constructor.");
        }

        if (rule.FilterGroup.Filters.Count > 0)
        {
            throw Refuse(rule, "Filter()", "an agenda filter; the batch engine has no agenda. State the condition in a pattern.");
        }

        var patterns = new List<PatternPlan>();
        Read(rule, rule.LeftHandSide, patterns);
        if (patterns.Count == 0 || patterns[0].Kind != PatternKind.Match)
        {
            throw new RuleCompilationException(rule.Name, "the left-hand side must start with a Match pattern.");
        }

        return patterns;
    }

    private static void Read(IRuleDefinition rule, RuleElement element, List<PatternPlan> patterns)
    {
        switch (element)
        {
            case AndElement and:
                foreach (var child in and.ChildElements)
                {
                    Read(rule, child, patterns);
                }

                break;
            case PatternElement pattern:
                patterns.Add(Plan(rule, pattern, PatternKind.Match, patterns.Count));
                break;
            case NotElement { Source: PatternElement negated }:
                patterns.Add(Plan(rule, negated, PatternKind.Not, patterns.Count));
                break;
            case ExistsElement { Source: PatternElement existing }:
                patterns.Add(Plan(rule, existing, PatternKind.Exists, patterns.Count));
                break;
            case NotElement or ExistsElement:
                throw Refuse(rule, element.ElementType.ToString(), "a quantifier over a group; Not and Exists take a single pattern here.");
            case OrElement:
                throw Refuse(rule, "Or", "a disjunction; write one rule per alternative.");
            case ForAllElement:
                throw Refuse(rule, "All", "a universal quantifier; write it as Not over the negated condition.");
            default:
                throw Refuse(rule, element.ElementType.ToString(), "an element the batch engine does not run.");
        }
    }

    private static PatternPlan Plan(IRuleDefinition rule, PatternElement pattern, PatternKind kind, int index)
    {
        switch (pattern.Source)
        {
            case null:
                break;
            case AggregateElement aggregate:
                throw Refuse(rule, $"Query ({aggregate.Name})", "an aggregate; the batch engine matches facts one at a time. Derive the aggregate in code before inserting it.");
            case BindingElement:
                throw Refuse(rule, $"Let ({pattern.Declaration.Name})", "a binding; compute the value in the conditions or in the action instead.");
            default:
                throw Refuse(rule, pattern.Source.ElementType.ToString(), "a pattern source the batch engine does not run.");
        }

        var conditions = new List<System.Linq.Expressions.LambdaExpression>();
        foreach (var expression in pattern.Expressions)
        {
            if (expression.Name != PatternElement.ConditionName)
            {
                throw Refuse(rule, expression.Name, "a pattern expression that is not a condition.");
            }

            conditions.Add(expression.Expression);
        }

        return new PatternPlan(index, kind, pattern.Declaration, conditions);
    }

    public static RuleCompilationException Refuse(IRuleDefinition rule, string element, string why) =>
        new(rule.Name, $"the batch engine does not support {element}: {why}");
}
