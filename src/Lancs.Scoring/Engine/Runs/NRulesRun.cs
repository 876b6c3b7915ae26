using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine.Runtime;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Runs;

/// <summary>A run in an NRules session. Every linked fact NRules inserts is recorded with the rule and the facts of the
/// activation that inserted it, and dropped again when NRules retracts it; after firing, the facts are put in the
/// batch engine's order, so that both runtimes give equal results.</summary>
/// <remarks>The canonical order: inserted facts as inserted; then, rule by rule in the batch engine's run order, each
/// rule's facts in the lexicographic order of the positions of the facts they were derived from (each position counted
/// in the list of its pattern's type), then in the order the activation inserted them. That is the order in which the
/// batch engine's set-at-a-time joins produce rows.</remarks>
internal sealed class NRulesRun : IRuleRun
{
    private readonly ISession _session;
    private readonly BatchRuleSet _order;
    private readonly List<object> _inserted = new();
    private readonly Dictionary<object, Derived> _derived = new(FactIdentityComparer.Instance);
    private List<object>? _facts;
    private Dictionary<object, Derivation>? _explanations;
    private long _arrivals;

    public NRulesRun(ISession session, BatchRuleSet order)
    {
        _session = session;
        _order = order;
        _session.Events.FactInsertedEvent += OnInserted;
        _session.Events.FactRetractedEvent += OnRetracted;
    }

    public void InsertAll<TFact>(IReadOnlyCollection<TFact> facts)
        where TFact : class
    {
        foreach (var fact in facts)
        {
            Insert(fact);
        }
    }

    public void Insert<TFact>(TFact fact)
        where TFact : class
    {
        _session.Insert(Guard.NotNull(fact));
        _inserted.Add(fact);
    }

    public void Fire()
    {
        _session.Fire();
        _session.Events.FactInsertedEvent -= OnInserted;
        _session.Events.FactRetractedEvent -= OnRetracted;
        _facts = CanonicalOrder();
    }

    public IReadOnlyList<TFact> Query<TFact>()
    {
        var facts = _facts ?? throw new InvalidOperationException("Fire the run before querying it.");
        var found = new List<TFact>();
        foreach (var fact in facts)
        {
            if (fact is TFact typed)
            {
                found.Add(typed);
            }
        }

        return found;
    }

    public Derivation? Explain(object fact)
    {
        if (_explanations is null)
        {
            _explanations = new Dictionary<object, Derivation>(FactIdentityComparer.Instance);
            foreach (var derived in _derived)
            {
                _explanations.Add(derived.Key, new Derivation(derived.Value.Rule, derived.Key, derived.Value.Sources));
            }
        }

        return _explanations.TryGetValue(fact, out var derivation) ? derivation : null;
    }

    private void OnInserted(object? sender, WorkingMemoryEventArgs e)
    {
        if (e.Fact.Source is ILinkedFactSource source && e.Fact.Value is { } value)
        {
            var sources = new List<object>();
            foreach (var fact in source.Facts)
            {
                sources.Add(fact.Value!);
            }

            _derived[value] = new Derived(source.Rule, sources, _arrivals++);
        }
    }

    private void OnRetracted(object? sender, WorkingMemoryEventArgs e)
    {
        if (e.Fact.Value is { } value)
        {
            _derived.Remove(value);
        }
    }

    private List<object> CanonicalOrder()
    {
        var facts = new List<object>(_inserted);
        var byRule = new Dictionary<IRuleDefinition, List<KeyValuePair<object, Derived>>>();
        foreach (var derived in _derived)
        {
            if (!byRule.TryGetValue(derived.Value.Rule, out var list))
            {
                byRule.Add(derived.Value.Rule, list = new List<KeyValuePair<object, Derived>>());
            }

            list.Add(derived);
        }

        var rules = new List<IRuleDefinition>(byRule.Keys);
        rules.Sort((a, b) => _order.RunOrderOf(a).CompareTo(_order.RunOrderOf(b)));
        var positions = new Positions(facts);
        foreach (var rule in rules)
        {
            var keyed = new List<(int[] Key, long Arrival, object Fact)>();
            foreach (var derived in byRule[rule])
            {
                var sources = derived.Value.Sources;
                var key = new int[sources.Count];
                for (var s = 0; s < key.Length; s++)
                {
                    key[s] = positions.Of(sources[s], DeclaredType(rule, s));
                }

                keyed.Add((key, derived.Value.Arrival, derived.Key));
            }

            keyed.Sort((a, b) => Compare(a.Key, b.Key) is var c && c != 0 ? c : a.Arrival.CompareTo(b.Arrival));
            foreach (var (_, _, fact) in keyed)
            {
                facts.Add(fact);
            }
        }

        return facts;
    }

    private static Type DeclaredType(IRuleDefinition rule, int slot)
    {
        var s = 0;
        foreach (var element in rule.LeftHandSide.ChildElements)
        {
            if (element is PatternElement pattern && s++ == slot)
            {
                return pattern.Declaration.Type;
            }
        }

        return typeof(object);
    }

    private static int Compare(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private sealed class Derived
    {
        public Derived(IRuleDefinition rule, IReadOnlyList<object> sources, long arrival)
        {
            Rule = rule;
            Sources = sources;
            Arrival = arrival;
        }

        public IRuleDefinition Rule { get; }

        public IReadOnlyList<object> Sources { get; }

        public long Arrival { get; }
    }

    /// <summary>The position of each fact among the facts of a type, in the order placed so far; counted lazily per type.</summary>
    private sealed class Positions
    {
        private readonly List<object> _facts;
        private readonly Dictionary<Type, (Dictionary<object, int> Index, int Counted, int Next)> _byType = new();

        public Positions(List<object> facts)
        {
            _facts = facts;
        }

        public int Of(object fact, Type type)
        {
            if (!_byType.TryGetValue(type, out var entry))
            {
                entry = (new Dictionary<object, int>(FactIdentityComparer.Instance), 0, 0);
            }

            var next = entry.Next;
            for (var i = entry.Counted; i < _facts.Count; i++)
            {
                if (type.IsInstanceOfType(_facts[i]))
                {
                    entry.Index[_facts[i]] = next++;
                }
            }

            _byType[type] = (entry.Index, _facts.Count, next);
            return entry.Index.TryGetValue(fact, out var position) ? position : int.MaxValue;
        }
    }
}
