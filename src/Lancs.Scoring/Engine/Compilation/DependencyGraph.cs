using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Orders rules so that each runs after every rule that yields what it consumes, grouping rules that feed each
/// other into one recursive stratum, and refusing a negation inside such a group.</summary>
internal sealed partial class DependencyGraph
{
    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly List<int>[] _producers;
    private readonly int[] _component;
    private int _components;

    private DependencyGraph(IReadOnlyList<CompiledRule> rules)
    {
        _rules = rules;
        _producers = new List<int>[rules.Count];
        _component = new int[rules.Count];
        for (var consumer = 0; consumer < rules.Count; consumer++)
        {
            _producers[consumer] = new List<int>();
            for (var producer = 0; producer < rules.Count; producer++)
            {
                if (Feeds(rules[producer], rules[consumer].Consumed) || Feeds(rules[producer], rules[consumer].Negated))
                {
                    _producers[consumer].Add(producer);
                }
            }
        }
    }

    /// <summary>Returns the strata in run order: dependencies first, then higher priority, then declaration order.</summary>
    /// <exception cref="RuleCompilationException">A rule negates a fact type that its own stratum yields.</exception>
    public static IReadOnlyList<Stratum> Order(IReadOnlyList<CompiledRule> rules)
    {
        var graph = new DependencyGraph(rules);
        graph.FindComponents();
        graph.RefuseNegationCycles();
        return graph.TopologicalStrata();
    }

    /// <summary>Returns whether a fact that <paramref name="producer"/> yields may be seen by a pattern over one of <paramref name="types"/>.</summary>
    private static bool Feeds(CompiledRule producer, IReadOnlyList<Type> types)
    {
        foreach (var yielded in producer.Yielded)
        {
            foreach (var type in types)
            {
                if (type.IsAssignableFrom(yielded) || yielded.IsAssignableFrom(type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void RefuseNegationCycles()
    {
        for (var consumer = 0; consumer < _rules.Count; consumer++)
        {
            foreach (var producer in _producers[consumer])
            {
                if (_component[producer] == _component[consumer] && Feeds(_rules[producer], _rules[consumer].Negated))
                {
                    var rule = _rules[consumer].Definition.Name;
                    var via = producer == consumer ? "the rule itself" : $"rule '{_rules[producer].Definition.Name}', which depends on this rule";
                    throw new RuleCompilationException(rule,
                        $"negation cycle: its Not pattern needs every fact of the negated type to be known first, but that type is yielded by {via}. " +
                        "Break the cycle: negate a fact type that the cycle does not yield.");
                }
            }
        }
    }

    private IReadOnlyList<Stratum> TopologicalStrata()
    {
        var members = new List<CompiledRule>[_components];
        for (var c = 0; c < _components; c++)
        {
            members[c] = new List<CompiledRule>();
        }

        foreach (var rule in _rules)
        {
            members[_component[rule.Index]].Add(rule);
        }

        var waitingOn = new HashSet<int>[_components];
        for (var c = 0; c < _components; c++)
        {
            waitingOn[c] = new HashSet<int>();
        }

        var recursive = new bool[_components];
        for (var consumer = 0; consumer < _rules.Count; consumer++)
        {
            foreach (var producer in _producers[consumer])
            {
                if (_component[producer] == _component[consumer])
                {
                    recursive[_component[consumer]] = true;
                }
                else
                {
                    waitingOn[_component[consumer]].Add(_component[producer]);
                }
            }
        }

        var strata = new List<Stratum>();
        var done = new bool[_components];
        for (var placed = 0; placed < _components; placed++)
        {
            var best = -1;
            for (var c = 0; c < _components; c++)
            {
                if (!done[c] && waitingOn[c].Count == 0 && (best < 0 || RunsBefore(members[c], members[best])))
                {
                    best = c;
                }
            }

            done[best] = true;
            for (var c = 0; c < _components; c++)
            {
                waitingOn[c].Remove(best);
            }

            members[best].Sort((a, b) => ByPriorityThenDeclaration(a, b));
            strata.Add(new Stratum(members[best], recursive[best]));
        }

        return strata;
    }

    private static bool RunsBefore(List<CompiledRule> candidate, List<CompiledRule> current) =>
        ByPriorityThenDeclaration(First(candidate), First(current)) < 0;

    private static CompiledRule First(List<CompiledRule> rules)
    {
        var first = rules[0];
        foreach (var rule in rules)
        {
            if (ByPriorityThenDeclaration(rule, first) < 0)
            {
                first = rule;
            }
        }

        return first;
    }

    private static int ByPriorityThenDeclaration(CompiledRule a, CompiledRule b) =>
        a.Definition.Priority != b.Definition.Priority
            ? b.Definition.Priority.CompareTo(a.Definition.Priority)
            : a.Index.CompareTo(b.Index);
}
