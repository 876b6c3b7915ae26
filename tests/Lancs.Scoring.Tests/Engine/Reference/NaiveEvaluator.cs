using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Engine.Model;

namespace Lancs.Scoring.Tests.Engine.Reference;

/// <summary>
/// The reference the engine is checked against: plain nested loops over every combination of facts, evaluating the
/// rules' conditions and actions as their authors wrote them (bindings are set on the rule's own closure), with none
/// of the engine's classification, rewriting, hashing or ordering code.
/// </summary>
internal static class NaiveEvaluator
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LambdaExpression, Delegate> Compiled = new();

    /// <summary>Runs the rule set's rules over <paramref name="facts"/> and returns one line per derived fact:
    /// "rule|fact|source, source".</summary>
    public static List<string> Run(RuleSet ruleSet, IEnumerable<object> facts)
    {
        var memory = facts.ToList();
        var derived = new List<string>();
        var pending = ruleSet.Rules.OrderByDescending(r => r.Priority).ThenBy(r => r.DeclarationIndex).ToList();
        while (pending.Count > 0)
        {
            // A rule is ready when no other pending rule yields anything it consumes or negates.
            var ready = pending.FirstOrDefault(r => !pending.Any(p => p != r && Feeds(p, r)));
            var batch = ready is null ? pending.ToList() : new List<RuleDefinition> { ready };
            var isRecursive = ready is null || Feeds(ready, ready);
            var fired = new HashSet<string>();
            bool anyNew;
            do
            {
                anyNew = false;
                foreach (var rule in batch)
                {
                    foreach (var (sources, yields) in Matches(rule, memory))
                    {
                        var key = rule.Name + "|" + string.Join(",", sources.Select(s => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(s)));
                        if (isRecursive && !fired.Add(key))
                        {
                            continue;
                        }

                        anyNew = true;
                        foreach (var fact in yields)
                        {
                            if (isRecursive && memory.Contains(fact))
                            {
                                continue;
                            }

                            memory.Add(fact);
                            derived.Add($"{rule.Name}|{fact}|{string.Join(", ", sources)}");
                        }
                    }
                }
            }
            while (isRecursive && anyNew);

            pending.RemoveAll(batch.Contains);
        }

        return derived;
    }

    private static bool Feeds(RuleDefinition producer, RuleDefinition consumer) =>
        producer.Actions.Any(a => a.YieldedType is { } y &&
            consumer.Patterns.Any(p => p.FactType.IsAssignableFrom(y) || y.IsAssignableFrom(p.FactType)));

    private static List<(List<object> Sources, List<object> Yields)> Matches(RuleDefinition rule, List<object> memory)
    {
        var snapshot = memory.ToList();
        var results = new List<(List<object>, List<object>)>();
        void Extend(int patternIndex, List<object> sources)
        {
            if (patternIndex == rule.Patterns.Count)
            {
                var yields = rule.Actions.Where(a => a.IsYield).Select(a => Invoke(a.Expression)).ToList();
                results.Add((sources.ToList(), yields));
                return;
            }

            var pattern = rule.Patterns[patternIndex];
            var candidates = snapshot.Where(f => pattern.FactType.IsInstanceOfType(f)).ToList();
            if (pattern.Kind != PatternKind.Match)
            {
                var found = candidates.Any(f => Satisfies(pattern, f));
                if (found == (pattern.Kind == PatternKind.Exists))
                {
                    Extend(patternIndex + 1, sources);
                }

                return;
            }

            foreach (var fact in candidates)
            {
                pattern.Binding?.Field.SetValue(pattern.Binding.Closure, fact);
                if (Satisfies(pattern, fact))
                {
                    sources.Add(fact);
                    Extend(patternIndex + 1, sources);
                    sources.RemoveAt(sources.Count - 1);
                    pattern.Binding?.Field.SetValue(pattern.Binding.Closure, fact);
                }
            }
        }

        Extend(0, new List<object>());
        return results;
    }

    private static bool Satisfies(PatternElement pattern, object fact) =>
        pattern.Conditions.All(c => (bool)Invoke(c, fact));

    private static object Invoke(LambdaExpression lambda, params object[] arguments) =>
        Compiled.GetValue(lambda, l => l.Compile()).DynamicInvoke(arguments)!;
}
