using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using NRules.RuleModel;

namespace Lancs.Scoring.Tests.Engine.Reference;

/// <summary>
/// The reference the batch engine is checked against: plain nested loops over every combination of facts, reading NRules'
/// rule model directly and invoking each condition and action lambda as NRules.Fluent built it (arguments passed by
/// declaration name), with none of the engine's classification, rewriting, hashing or ordering code.
/// </summary>
internal static class NaiveEvaluator
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LambdaExpression, Delegate> Compiled = new();

    /// <summary>Runs <paramref name="rules"/> over <paramref name="facts"/> and returns one line per derived fact:
    /// "rule|fact|source, source".</summary>
    public static List<string> Run(IReadOnlyList<IRuleDefinition> rules, IEnumerable<object> facts)
    {
        var memory = facts.ToList();
        var derived = new List<string>();
        var pending = rules.Select((rule, index) => (rule, index)).OrderByDescending(r => r.rule.Priority).ThenBy(r => r.index).Select(r => r.rule).ToList();
        while (pending.Count > 0)
        {
            // A rule is ready when no other pending rule yields anything it reads.
            var ready = pending.FirstOrDefault(r => !pending.Any(p => p != r && Feeds(p, r)));
            var batch = ready is null ? pending.ToList() : new List<IRuleDefinition> { ready };
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
                        var key = rule.Name + "|" + string.Join(",", sources.Select(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode));
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

    private static IEnumerable<(RuleElement Element, PatternElement Pattern)> Patterns(IRuleDefinition rule) =>
        rule.LeftHandSide.ChildElements.Select(e => (e, e switch
        {
            PatternElement p => p,
            NotElement { Source: PatternElement p } => p,
            ExistsElement { Source: PatternElement p } => p,
            _ => throw new NotSupportedException(e.ElementType.ToString()),
        }));

    private static bool Feeds(IRuleDefinition producer, IRuleDefinition consumer) =>
        YieldedTypes(producer).Any(y => Patterns(consumer).Any(p => p.Pattern.ValueType.IsAssignableFrom(y) || y.IsAssignableFrom(p.Pattern.ValueType)));

    /// <summary>The static types of what the rule's actions insert: the second argument of every <c>InsertLinked</c> call.</summary>
    private static IEnumerable<Type> YieldedTypes(IRuleDefinition rule)
    {
        var finder = new InsertFinder();
        foreach (var action in rule.RightHandSide.Actions)
        {
            finder.Visit(action.Expression);
        }

        return finder.Types;
    }

    private static List<(List<object> Sources, List<object> Yields)> Matches(IRuleDefinition rule, List<object> memory)
    {
        var snapshot = memory.ToList();
        var patterns = Patterns(rule).ToList();
        var results = new List<(List<object>, List<object>)>();
        var bound = new Dictionary<string, object>();
        void Extend(int patternIndex, List<object> sources)
        {
            if (patternIndex == patterns.Count)
            {
                var context = new CollectingContext();
                foreach (var action in rule.RightHandSide.Actions)
                {
                    Invoke(action.Expression, action.Expression.Parameters.Select((p, i) => i == 0 ? context : bound[p.Name!]).ToArray());
                }

                results.Add((sources.ToList(), context.Inserted));
                return;
            }

            var (element, pattern) = patterns[patternIndex];
            var candidates = snapshot.Where(f => pattern.ValueType.IsInstanceOfType(f)).ToList();
            if (element is not PatternElement)
            {
                var found = candidates.Any(f => Satisfies(pattern, f, bound));
                if (found == element is ExistsElement)
                {
                    Extend(patternIndex + 1, sources);
                }

                return;
            }

            foreach (var fact in candidates)
            {
                if (Satisfies(pattern, fact, bound))
                {
                    bound[pattern.Declaration.Name] = fact;
                    sources.Add(fact);
                    Extend(patternIndex + 1, sources);
                    sources.RemoveAt(sources.Count - 1);
                    bound.Remove(pattern.Declaration.Name);
                }
            }
        }

        Extend(0, new List<object>());
        return results;
    }

    private static bool Satisfies(PatternElement pattern, object fact, Dictionary<string, object> bound) =>
        pattern.Expressions.All(c => (bool)Invoke(c.Expression,
            c.Expression.Parameters.Select(p => p.Name == pattern.Declaration.Name ? fact : bound[p.Name!]).ToArray()));

    private static object Invoke(LambdaExpression lambda, object[] arguments) =>
        Compiled.GetValue(lambda, l => l.Compile()).DynamicInvoke(arguments)!;

    private sealed class InsertFinder : ExpressionVisitor
    {
        public List<Type> Types { get; } = new();

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.Name == nameof(IContext.InsertLinked))
            {
                var fact = node.Arguments[1];
                Types.Add(fact is UnaryExpression { NodeType: ExpressionType.Convert } c ? c.Operand.Type : fact.Type);
            }

            return base.VisitMethodCall(node);
        }
    }

    /// <summary>An activation's context: records what the action inserts; an activation has no linked facts yet.</summary>
    private sealed class CollectingContext : IContext
    {
        public List<object> Inserted { get; } = new();

        public IRuleDefinition Rule => throw new NotSupportedException();

        public IMatch Match => throw new NotSupportedException();

        public System.Threading.CancellationToken CancellationToken => default;

        public object? GetLinked(object key) => null;

        public void InsertLinked(object key, object fact) => Inserted.Add(fact);

        public void Insert(object fact) => Inserted.Add(fact);

        public void Halt() => throw new NotSupportedException();

        public void InsertAll(IEnumerable<object> facts) => Inserted.AddRange(facts);

        public bool TryInsert(object fact)
        {
            Inserted.Add(fact);
            return true;
        }

        public void Update(object fact) => throw new NotSupportedException();

        public void UpdateAll(IEnumerable<object> facts) => throw new NotSupportedException();

        public bool TryUpdate(object fact) => throw new NotSupportedException();

        public void Retract(object fact) => throw new NotSupportedException();

        public void RetractAll(IEnumerable<object> facts) => throw new NotSupportedException();

        public bool TryRetract(object fact) => throw new NotSupportedException();

        public IReadOnlyCollection<object> GetLinkedKeys() => Array.Empty<object>();

        public void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => Inserted.AddRange(keyedFacts.Select(k => k.Value));

        public void UpdateLinked(object key, object fact) => throw new NotSupportedException();

        public void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw new NotSupportedException();

        public void RetractLinked(object key, object fact) => throw new NotSupportedException();

        public void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw new NotSupportedException();

        public object Resolve(Type serviceType) => throw new NotSupportedException();
    }
}
