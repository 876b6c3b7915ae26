using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine.Compilation;
using Lancs.Scoring.Engine.Runtime;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine;

/// <summary>NRules rule definitions compiled once for the batch engine: set-at-a-time, with hash joins, stratified
/// forward chaining and an explanation of every derived fact. Ready for many sessions.</summary>
/// <remarks>
/// <para>Compiling reads each definition's left-hand side (patterns, <c>Not</c>, <c>Exists</c>), classifies every condition
/// (single-fact filter, equality join key, or residual row condition), compiles each expression into a typed delegate, and
/// orders the rules so that a rule runs after every rule that yields what it reads. Compiling is the expensive part: do it
/// once and keep the rule set; sessions are cheap. What the batch engine does not support (<c>Or</c>, <c>All</c>,
/// aggregates, bindings, dependencies, filters, updates and retractions) is refused here, naming the rule and the element.</para>
/// <para>The same definitions run unchanged in an NRules session; docs/engine.md says how the two runtimes are kept equal.</para>
/// <para>A rule set is immutable.</para>
/// </remarks>
/// <threadsafety static="true" instance="true">Any number of sessions may be created and run at once from one rule set.</threadsafety>
public sealed class BatchRuleSet
{
    private readonly Dictionary<IRuleDefinition, int> _runOrder;

    private BatchRuleSet(IReadOnlyList<IRuleDefinition> rules, IReadOnlyList<Type> patternTypes, IReadOnlyList<Stratum> strata, bool fuseScans)
    {
        Rules = rules;
        PatternTypes = patternTypes;
        Strata = strata;
        Scans = fuseScans ? FusedScan.Plan(strata) : new FusedScan?[strata.Count];
        _runOrder = new Dictionary<IRuleDefinition, int>();
        foreach (var stratum in strata)
        {
            foreach (var rule in stratum.Rules)
            {
                _runOrder.Add(rule.Definition, _runOrder.Count);
            }
        }
    }

    /// <summary>Gets the rules, in the order they were given.</summary>
    public IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>Gets the fact types the rules' patterns match; a session keeps one list for each, by index.</summary>
    internal IReadOnlyList<Type> PatternTypes { get; }

    /// <summary>Gets the strata in run order.</summary>
    internal IReadOnlyList<Stratum> Strata { get; }

    /// <summary>Gets, for each stratum, the pass that matches it and the strata after it together, or <see langword="null"/>.</summary>
    internal IReadOnlyList<FusedScan?> Scans { get; }

    /// <summary>Compiles NRules rule definitions, from <see cref="RuleDefinitions.Create(IEnumerable{NRules.Fluent.Dsl.Rule})"/>,
    /// NRules' <c>RuleDefinitionFactory</c> or an <c>IRuleRepository</c>'s rule sets.</summary>
    /// <param name="rules">The definitions, in the order used to break ties between equal priorities.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="RuleCompilationException">A rule uses what the batch engine does not support, or the rules cannot be
    /// compiled together: a duplicate name, a declaration used before it is matched, an action that is not allowed, a negation cycle.</exception>
    public static BatchRuleSet Compile(IEnumerable<IRuleDefinition> rules) => Compile(rules, fuseScans: true);

    /// <summary>Compiles as <see cref="Compile(IEnumerable{IRuleDefinition})"/> does; without <paramref name="fuseScans"/>, each
    /// single-pattern rule scans its list on its own (the tests compare the two).</summary>
    internal static BatchRuleSet Compile(IEnumerable<IRuleDefinition> rules, bool fuseScans)
    {
        var definitions = new List<IRuleDefinition>();
        var names = new Dictionary<string, IRuleDefinition>(StringComparer.Ordinal);
        foreach (var rule in Guard.NotNull(rules))
        {
            var definition = Guard.NotNull(rule, nameof(rules));
            if (names.TryGetValue(definition.Name, out var first))
            {
                throw new RuleCompilationException(definition.Name,
                    $"the name is also used by {first.ClrType()?.FullName ?? "another rule"}; rule names must be unique within a rule set (set [Name] on one of them).");
            }

            names.Add(definition.Name, definition);
            definitions.Add(definition);
        }

        var patternTypes = new List<Type>();
        var listIds = new Dictionary<Type, int>();
        int ListIdOf(Type type)
        {
            if (!listIds.TryGetValue(type, out var id))
            {
                id = patternTypes.Count;
                listIds.Add(type, id);
                patternTypes.Add(type);
            }

            return id;
        }

        var sharedIndexes = new Dictionary<IndexKey, int>();
        int SharedIndexOf(IndexKey key)
        {
            if (!sharedIndexes.TryGetValue(key, out var slot))
            {
                slot = sharedIndexes.Count;
                sharedIndexes.Add(key, slot);
            }

            return slot;
        }

        var compiled = new List<CompiledRule>();
        foreach (var definition in definitions)
        {
            compiled.Add(RuleCompiler.Compile(definition, compiled.Count, ListIdOf, SharedIndexOf));
        }

        return new BatchRuleSet(definitions, patternTypes, DependencyGraph.Order(compiled), fuseScans);
    }

    /// <summary>Compiles every rule of the given NRules rule sets (for example <c>repository.GetRuleSets()</c>).</summary>
    /// <param name="ruleSets">The rule sets, in order.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="RuleCompilationException">See <see cref="Compile(IEnumerable{IRuleDefinition})"/>.</exception>
    public static BatchRuleSet Compile(IEnumerable<IRuleSet> ruleSets)
    {
        var definitions = new List<IRuleDefinition>();
        foreach (var ruleSet in Guard.NotNull(ruleSets))
        {
            definitions.AddRange(Guard.NotNull(ruleSet, nameof(ruleSets)).Rules);
        }

        return Compile(definitions);
    }

    /// <summary>Creates a session: an empty working memory for one run of these rules.</summary>
    /// <returns>A new session.</returns>
    public BatchSession CreateSession() => new(this, explains: true);

    /// <summary>Creates a session that keeps no derivations when <paramref name="explains"/> is false: it derives the same
    /// facts in the same order, and <see cref="BatchSession.Explain"/> throws. For scorers that never explain a fact.</summary>
    internal BatchSession CreateSession(bool explains) => new(this, explains);

    /// <summary>Returns where <paramref name="rule"/> runs among this set's rules: 0 first. Rules that derive facts of one
    /// type in this order derive them in the order a session lists them.</summary>
    /// <param name="rule">One of <see cref="Rules"/>.</param>
    /// <returns>The rule's place in the run order.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is not one of this set's rules.</exception>
    public int RunOrderOf(IRuleDefinition rule) =>
        _runOrder.TryGetValue(Guard.NotNull(rule), out var order) ? order : throw new ArgumentException($"'{rule.Name}' is not a rule of this rule set.", nameof(rule));
}
