using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine.Runtime;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Turns one NRules rule definition into a <see cref="CompiledRule"/>: reads its patterns, compiles each into a
/// step (<see cref="PatternCompiler"/>) and each action into a delegate (<see cref="ActionCompiler"/>).</summary>
internal static class RuleCompiler
{
    /// <summary>Compiles <paramref name="rule"/>; <paramref name="listIdOf"/> gives the session list that holds each pattern type,
    /// <paramref name="sharedIndexOf"/> the rule set's shared hash index for a key.</summary>
    public static CompiledRule Compile(IRuleDefinition rule, int index, Func<Type, int> listIdOf, Func<IndexKey, int> sharedIndexOf)
    {
        try
        {
            var patterns = RuleReader.Patterns(rule);
            var slots = new RowSlots(rule, patterns, listIdOf);
            var steps = new Step[patterns.Count];
            var consumed = new List<Type>();
            var negated = new List<Type>();
            foreach (var pattern in patterns)
            {
                steps[pattern.Index] = PatternCompiler.Compile(rule, pattern, slots, listIdOf, sharedIndexOf);
                (pattern.Kind == PatternKind.Not ? negated : consumed).Add(pattern.FactType);
            }

            var actionElements = rule.RightHandSide.Actions;
            var actions = new RuleAction[actionElements.Count];
            var yielded = new List<Type>();
            for (var a = 0; a < actions.Length; a++)
            {
                actions[a] = ActionCompiler.Compile(rule, actionElements[a], a, slots);
                yielded.AddRange(actions[a].Yielded);
            }

            return new CompiledRule(rule, index, steps, actions, slots.SlotLists, consumed, negated, yielded);
        }
        catch (Exception ex) when (ex is not RuleCompilationException)
        {
            throw new RuleCompilationException(rule.Name, ex.Message, ex);
        }
    }
}
