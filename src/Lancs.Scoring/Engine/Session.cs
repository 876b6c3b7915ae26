using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Engine;

/// <summary>One run of a compiled <see cref="RuleSet"/>: insert facts, <see cref="Fire"/> once, then query and explain.</summary>
/// <remarks>
/// <para>A session is cheap: create one per run from <see cref="RuleSet.CreateSession"/>. It fires once; the rules then
/// run in dependency order until nothing new is derived, so inserting after <see cref="Fire"/> is an error.</para>
/// <para>Facts are kept as inserted (two equal facts are two facts); value-type facts are stored unboxed.</para>
/// </remarks>
/// <threadsafety static="true" instance="false">A session is used by one thread at a time; run many sessions at once on one rule set.</threadsafety>
public sealed partial class Session
{
    private const int MaxRecursionRounds = 1_000;

    private readonly RuleSet _ruleSet;
    private readonly FactList[] _lists;
    private readonly Dictionary<Type, FactList> _byType = new();
    private readonly Dictionary<Type, FactList> _exact = new();
    private readonly Dictionary<Type, FactList[]> _routes = new();
    private readonly List<DerivationBatch> _batches = new();
    private int _derivationCount;
    private Dictionary<Type, object>? _seen;
    private Type? _lastType;
    private FactList[]? _lastRoute;
    private bool _fired;

    internal Session(RuleSet ruleSet)
    {
        _ruleSet = ruleSet;
        _lists = new FactList[ruleSet.PatternTypes.Count];
        for (var i = 0; i < _lists.Length; i++)
        {
            _lists[i] = NewList(ruleSet.PatternTypes[i]);
            _byType.Add(_lists[i].FactType, _lists[i]);
        }
    }

    /// <summary>Gets whether <see cref="Fire"/> has run.</summary>
    public bool HasFired => _fired;

    /// <summary>Adds a fact.</summary>
    /// <typeparam name="TFact">The fact's type; patterns over it and over its base types and interfaces will see it.</typeparam>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The session has already fired.</exception>
    public void Insert<TFact>(TFact fact)
    {
        if (fact is null)
        {
            throw new ArgumentNullException(nameof(fact));
        }

        ThrowIfFired();
        Route(fact, FactList.Inserted);
    }

    /// <summary>Adds facts, in order.</summary>
    /// <typeparam name="TFact">The facts' type.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The session has already fired.</exception>
    public void InsertAll<TFact>(IEnumerable<TFact> facts)
    {
        Guard.NotNull(facts);
        ThrowIfFired();
        if (facts is ICollection<TFact> collection && (typeof(TFact).IsValueType || typeof(TFact).IsSealed)
            && _byType.TryGetValue(typeof(TFact), out var list))
        {
            ((FactList<TFact>)list).EnsureCapacity(list.Count + collection.Count);
        }

        foreach (var fact in facts)
        {
            if (fact is null)
            {
                throw new ArgumentNullException(nameof(facts), "A fact in the sequence is null.");
            }

            Route(fact, FactList.Inserted);
        }
    }

    /// <summary>Runs the rules: each rule after the rules that yield what it consumes, until nothing new is derived.</summary>
    /// <returns>The number of activations fired (rows of facts for which a rule ran its actions).</returns>
    /// <exception cref="InvalidOperationException">The session has already fired.</exception>
    /// <exception cref="RuleExecutionException">A condition or action threw, or recursive rules kept deriving new facts.</exception>
    public int Fire()
    {
        ThrowIfFired();
        _fired = true;
        var fired = 0;
        foreach (var stratum in _ruleSet.Strata)
        {
            fired += stratum.IsRecursive ? FireRecursive(stratum) : FireOnce(stratum.Rules[0]);
        }

        foreach (var list in _lists)
        {
            list.ReleaseSharedIndexes();
        }

        return fired;
    }

    /// <summary>Returns every fact, inserted or derived, whose type is <typeparamref name="TFact"/> or derives from it, in arrival order.</summary>
    /// <typeparam name="TFact">The type of fact wanted.</typeparam>
    /// <returns>A live read-only view of the facts.</returns>
    public IReadOnlyList<TFact> Query<TFact>()
    {
        if (!_byType.TryGetValue(typeof(TFact), out var list))
        {
            list = new FactList<TFact>();
            foreach (var exact in _exact.Values)
            {
                if (typeof(TFact).IsAssignableFrom(exact.FactType))
                {
                    exact.CopyTo(list);
                }
            }

            _byType.Add(typeof(TFact), list);
            _routes.Clear();
            _lastType = null;
        }

        return (FactList<TFact>)list;
    }

    private int FireOnce(CompiledRule rule)
    {
        var rows = rule.Match(_lists);
        var first = Record(rule, rows);
        foreach (var action in rule.Actions)
        {
            action.Reserve(this, rows.Count);
        }

        if (rule.Actions.Length == 1)
        {
            // One action: run it over all rows at once; the order is the same as row by row.
            var action = rule.Actions[0];
            try
            {
                action.FireAll(this, _lists, rows, first);
            }
            catch (Exception ex) when (ex is not RuleExecutionException)
            {
                throw new RuleExecutionException(rule.Definition.Name, action.Description, ex.Message, ex);
            }

            return rows.Count;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            Activate(rule, rows, r, first, deduplicate: false);
        }

        return rows.Count;
    }

    private int FireRecursive(Stratum stratum)
    {
        var firedRows = new Dictionary<CompiledRule, HashSet<int[]>>();
        foreach (var rule in stratum.Rules)
        {
            firedRows.Add(rule, new HashSet<int[]>(RowKeyComparer.Instance));
        }

        var fired = 0;
        for (var round = 0; round < MaxRecursionRounds; round++)
        {
            var firedThisRound = 0;
            foreach (var rule in stratum.Rules)
            {
                var rows = rule.Match(_lists);
                var first = Record(rule, rows);
                for (var r = 0; r < rows.Count; r++)
                {
                    var offset = r * rows.Stride;
                    var key = new int[rows.Stride];
                    Array.Copy(rows.Data, offset, key, 0, rows.Stride);
                    if (firedRows[rule].Add(key))
                    {
                        Activate(rule, rows, r, first, deduplicate: true);
                        firedThisRound++;
                    }
                }
            }

            if (firedThisRound == 0)
            {
                return fired;
            }

            fired += firedThisRound;
        }

        throw new RuleExecutionException(stratum.Rules[0].Definition.Name, "recursion",
            $"the recursive rules ({string.Join(", ", NamesOf(stratum))}) were still deriving new facts after {MaxRecursionRounds} rounds; a recursive rule must derive from a finite set of values", null);
    }

    /// <summary>Records the rows of a yielding rule as one batch of derivations; returns the number of the first, or -1.</summary>
    private int Record(CompiledRule rule, RowBuffer rows)
    {
        if (!rule.Yields || rows.Count == 0)
        {
            return -1;
        }

        var first = _derivationCount;
        _batches.Add(new DerivationBatch(rule, rows, first));
        _derivationCount = checked(first + rows.Count);
        return first;
    }

    private void Activate(CompiledRule rule, RowBuffer rows, int row, int first, bool deduplicate)
    {
        var derivation = first < 0 ? -1 : first + row;
        var offset = row * rows.Stride;
        var actions = rule.Actions;
        for (var a = 0; a < actions.Length; a++)
        {
            try
            {
                actions[a].Fire(this, _lists, rows.Data, offset, derivation, deduplicate);
            }
            catch (Exception ex) when (ex is not RuleExecutionException)
            {
                throw new RuleExecutionException(rule.Definition.Name, actions[a].Description, ex.Message, ex);
            }
        }
    }

    internal void AddDerived<TFact>(TFact fact, int derivation, bool deduplicate)
    {
        if (fact is null)
        {
            throw NullYield();
        }

        if (deduplicate && !SeenSet<TFact>().Add(fact))
        {
            return;
        }

        Route(fact, derivation);
    }

    internal static InvalidOperationException NullYield() => new("The yield produced null; a rule must yield a fact.");

    /// <summary>Returns the one list facts of <typeparamref name="TFact"/> go to, or <see langword="null"/> when they go to several
    /// (a pattern over a base type or interface also sees them) or their runtime type may vary (an unsealed class).</summary>
    internal FactList<TFact>? OnlyListFor<TFact>() =>
        (typeof(TFact).IsValueType || typeof(TFact).IsSealed) && RouteFor(typeof(TFact)) is { Length: 1 } route ? route[0] as FactList<TFact> : null;

    /// <summary>Makes room for <paramref name="count"/> more derived facts of a sealed or value type, so a bulk run grows each list once.</summary>
    internal void Reserve<TFact>(int count)
    {
        if (count > 0 && (typeof(TFact).IsValueType || typeof(TFact).IsSealed) && RouteFor(typeof(TFact))[0] is FactList<TFact> exact)
        {
            exact.EnsureCapacity(exact.Count + count);
        }
    }

    private HashSet<TFact> SeenSet<TFact>()
    {
        _seen ??= new Dictionary<Type, object>();
        if (!_seen.TryGetValue(typeof(TFact), out var set))
        {
            set = new HashSet<TFact>(Query<TFact>());
            _seen.Add(typeof(TFact), set);
        }

        return (HashSet<TFact>)set;
    }

    private void ThrowIfFired()
    {
        if (_fired)
        {
            throw new InvalidOperationException("This session has already fired. A session runs once: create a new session from the rule set for the next run.");
        }
    }

    private static IEnumerable<string> NamesOf(Stratum stratum)
    {
        foreach (var rule in stratum.Rules)
        {
            yield return rule.Definition.Name;
        }
    }
}
