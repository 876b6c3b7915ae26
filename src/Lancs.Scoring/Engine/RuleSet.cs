using System;
using System.Collections.Generic;
using System.Reflection;
using Lancs.Scoring.Engine.Compilation;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Engine;

/// <summary>Rules compiled once into delegates and a run order, ready for many sessions.</summary>
/// <remarks>
/// <para>Compiling reads each rule's <see cref="Rule.Define"/>, classifies every condition (single-fact filter, equality
/// join key, or residual row condition), compiles each expression into a delegate, and orders the rules so that a
/// rule runs after every rule that yields what it consumes. Compiling is the expensive part: do it once and keep the
/// rule set; sessions are cheap.</para>
/// <para>A rule set is immutable.</para>
/// </remarks>
/// <threadsafety static="true" instance="true">Any number of sessions may be created and run at once from one rule set.</threadsafety>
public sealed class RuleSet
{
    private RuleSet(IReadOnlyList<RuleDefinition> rules, IReadOnlyList<Type> patternTypes, IReadOnlyList<Stratum> strata)
    {
        Rules = rules;
        PatternTypes = patternTypes;
        Strata = strata;
    }

    /// <summary>Gets the rules, in the order they were given.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Gets the fact types the rules' patterns match; a session keeps one list for each, by index.</summary>
    internal IReadOnlyList<Type> PatternTypes { get; }

    /// <summary>Gets the strata in run order.</summary>
    internal IReadOnlyList<Stratum> Strata { get; }

    /// <summary>Compiles rule instances (use this for rules that take a policy in their constructor).</summary>
    /// <param name="rules">The rules, in the order used to break ties between equal priorities.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="RuleDefinitionException">A rule's <see cref="Rule.Define"/> states something the engine cannot read.</exception>
    /// <exception cref="RuleCompilationException">The rules cannot be compiled together: a duplicate name, a binding used
    /// before it is matched, an action that is not allowed, a negation cycle.</exception>
    public static RuleSet Compile(IEnumerable<Rule> rules)
    {
        var definitions = new List<RuleDefinition>();
        var names = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        foreach (var rule in Guard.NotNull(rules))
        {
            var definition = Guard.NotNull(rule, "rules").ToDefinition(definitions.Count);
            if (names.TryGetValue(definition.Name, out var first))
            {
                throw new RuleCompilationException(definition.Name,
                    $"the name is also used by {first.RuleType.FullName}; rule names must be unique within a rule set (set [Name] on one of them).");
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

        var sharedIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        int SharedIndexOf(string signature)
        {
            if (!sharedIndexes.TryGetValue(signature, out var slot))
            {
                slot = sharedIndexes.Count;
                sharedIndexes.Add(signature, slot);
            }

            return slot;
        }

        var compiled = new List<CompiledRule>();
        foreach (var definition in definitions)
        {
            compiled.Add(RuleCompiler.Compile(definition, compiled.Count, ListIdOf, SharedIndexOf));
        }

        return new RuleSet(definitions, patternTypes, DependencyGraph.Order(compiled));
    }

    /// <summary>Creates and compiles one rule of each type, through its parameterless constructor.</summary>
    /// <param name="ruleTypes">Concrete subclasses of <see cref="Rule"/>.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="ArgumentException">A type is not a concrete rule with a parameterless constructor.</exception>
    /// <exception cref="RuleDefinitionException">See <see cref="Compile(IEnumerable{Rule})"/>.</exception>
    /// <exception cref="RuleCompilationException">See <see cref="Compile(IEnumerable{Rule})"/>.</exception>
    public static RuleSet FromTypes(params Type[] ruleTypes)
    {
        var rules = new List<Rule>();
        foreach (var type in Guard.NotNull(ruleTypes))
        {
            if (type is null || type.IsAbstract || !typeof(Rule).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new ArgumentException($"{type?.FullName ?? "null"} is not a concrete Rule with a public parameterless constructor; pass an instance to RuleSet.Compile instead.", nameof(ruleTypes));
            }

            rules.Add((Rule)Activator.CreateInstance(type)!);
        }

        return Compile(rules);
    }

    /// <summary>Compiles every public concrete rule in <paramref name="assembly"/> that has a parameterless constructor, ordered by full name.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="RuleDefinitionException">See <see cref="Compile(IEnumerable{Rule})"/>.</exception>
    /// <exception cref="RuleCompilationException">See <see cref="Compile(IEnumerable{Rule})"/>.</exception>
    public static RuleSet FromAssembly(Assembly assembly)
    {
        var types = new List<Type>();
        foreach (var type in Guard.NotNull(assembly).GetExportedTypes())
        {
            if (!type.IsAbstract && typeof(Rule).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            {
                types.Add(type);
            }
        }

        types.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return FromTypes(types.ToArray());
    }

    /// <summary>Creates a session: an empty working memory for one run of these rules.</summary>
    /// <returns>A new session.</returns>
    public Session CreateSession() => new(this);
}
