using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Engine;

/// <summary>One run of a compiled <see cref="BatchRuleSet"/>: insert facts, <see cref="Fire"/> once, then query and explain.</summary>
/// <remarks>
/// <para>A session is cheap: create one per run from <see cref="BatchRuleSet.CreateSession()"/>. It fires once; the rules then
/// run in dependency order until nothing new is derived, so inserting after <see cref="Fire"/> is an error.</para>
/// <para>Facts are kept as inserted (two equal facts are two facts); value-type facts are stored unboxed. Derived facts
/// are never changed after they are derived.</para>
/// </remarks>
/// <threadsafety static="true" instance="false">A session is used by one thread at a time; run many sessions at once on one rule set.</threadsafety>
public sealed class BatchSession
{
    private readonly BatchRuleSet _ruleSet;
    private readonly WorkingMemory _memory;
    private readonly DerivationLog _log;

    internal BatchSession(BatchRuleSet ruleSet, bool explains)
    {
        _ruleSet = ruleSet;
        _memory = new WorkingMemory(ruleSet.PatternTypes);
        _log = new DerivationLog(explains);
    }

    /// <summary>Gets whether <see cref="Fire"/> has run.</summary>
    public bool HasFired { get; private set; }

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
        _memory.Add(fact, FactList.Inserted);
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
        if (facts is ICollection<TFact> collection)
        {
            _memory.ReserveInserted<TFact>(collection.Count);
        }
        else if (facts is IReadOnlyCollection<TFact> readOnly)
        {
            _memory.ReserveInserted<TFact>(readOnly.Count);
        }

        foreach (var fact in facts)
        {
            if (fact is null)
            {
                throw new ArgumentNullException(nameof(facts), "A fact in the sequence is null.");
            }

            _memory.Add(fact, FactList.Inserted);
        }
    }

    /// <summary>Runs the rules: each rule after the rules that yield what it reads, until nothing new is derived.</summary>
    /// <returns>The number of activations fired (rows of facts for which a rule ran its actions).</returns>
    /// <exception cref="InvalidOperationException">The session has already fired.</exception>
    /// <exception cref="RuleExecutionException">A condition or action threw, or recursive rules kept deriving new facts.</exception>
    public int Fire()
    {
        ThrowIfFired();
        HasFired = true;
        return RuleRunner.Fire(_ruleSet.Strata, _ruleSet.Scans, _memory, _log);
    }

    /// <summary>Returns every fact, inserted or derived, whose type is <typeparamref name="TFact"/> or derives from it, in arrival order.</summary>
    /// <typeparam name="TFact">The type of fact wanted.</typeparam>
    /// <returns>A live read-only view of the facts.</returns>
    public IReadOnlyList<TFact> Query<TFact>() => _memory.Query<TFact>();

    /// <summary>Returns how <paramref name="fact"/> was derived, or <see langword="null"/> if it was inserted or is not in this session.</summary>
    /// <param name="fact">A fact from this session (objects are found by reference, values by equality).</param>
    /// <returns>The derivation, or <see langword="null"/>.</returns>
    public Derivation? Explain(object fact) => _log.Explain(Guard.NotNull(fact), _memory);

    /// <summary>Returns the derivation of <paramref name="fact"/> followed by those of every derived fact it rests on, depth first, each once.</summary>
    /// <param name="fact">A fact from this session.</param>
    /// <returns>The chain of derivations; empty when <paramref name="fact"/> was inserted.</returns>
    public IReadOnlyList<Derivation> Trace(object fact) => Derivation.Trace(Guard.NotNull(fact), Explain);

    private void ThrowIfFired()
    {
        if (HasFired)
        {
            throw new InvalidOperationException("This session has already fired. A session runs once: create a new session from the rule set for the next run.");
        }
    }
}
