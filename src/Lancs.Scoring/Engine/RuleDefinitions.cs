using System;
using System.Collections.Generic;
using System.Reflection;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Lancs.Scoring.Engine;

/// <summary>Turns NRules.Fluent rule instances into NRules rule definitions that carry their policy citation, and reads it back.</summary>
/// <remarks>The definitions are plain <see cref="IRuleDefinition"/>s: load them into an NRules session
/// (<c>new RuleRepository().Add(...)</c> through an <see cref="IRuleSet"/>), or compile them with
/// <see cref="BatchRuleSet.Compile(IEnumerable{IRuleDefinition})"/>, or both.</remarks>
public static class RuleDefinitions
{
    /// <summary>The name of the rule property that holds the <see cref="PolicyAttribute"/> citation.</summary>
    public const string PolicyProperty = "Lancs.Scoring::Policy";

    /// <summary>Builds the definition of one rule instance, as NRules' <see cref="RuleDefinitionFactory"/> does, and adds the
    /// rule's citation as a property (an <see cref="ICitedRule"/>'s own, else its <see cref="PolicyAttribute"/>) and, for an
    /// <see cref="IDescribedRule"/>, its description.</summary>
    /// <param name="rule">The rule instance (rules that take a policy in their constructor are made by the caller).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="NRules.Fluent.RuleDefinitionException">The rule's <c>Define()</c> failed.</exception>
    public static IRuleDefinition Create(Rule rule)
    {
        var definition = new RuleDefinitionFactory().Create(Guard.NotNull(rule));
        var citation = rule is ICitedRule cited ? cited.Citation : rule.GetType().GetCustomAttribute<PolicyAttribute>()?.Citation;
        var description = rule is IDescribedRule described ? described.Description : definition.Description;
        if (citation is null && ReferenceEquals(description, definition.Description))
        {
            return definition;
        }

        var properties = new List<RuleProperty>(definition.Properties);
        if (citation is not null)
        {
            properties.Add(new RuleProperty(PolicyProperty, citation));
        }

        return Element.RuleDefinition(definition.Name, description, definition.Priority, definition.Repeatability, definition.Tags,
            properties, definition.DependencyGroup, definition.LeftHandSide, definition.FilterGroup, definition.RightHandSide);
    }

    /// <summary>Builds the definitions of several rule instances, in order.</summary>
    /// <param name="rules">The rule instances.</param>
    /// <returns>The definitions, in the order of <paramref name="rules"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its items is <see langword="null"/>.</exception>
    public static IReadOnlyList<IRuleDefinition> Create(IEnumerable<Rule> rules)
    {
        var definitions = new List<IRuleDefinition>();
        foreach (var rule in Guard.NotNull(rules))
        {
            definitions.Add(Create(Guard.NotNull(rule, nameof(rules))));
        }

        return definitions;
    }

    /// <summary>Returns a named NRules rule set of the definitions of <paramref name="rules"/>, ready for an app's own
    /// <see cref="RuleRepository"/> (<c>repository.Add(ruleSet)</c>).</summary>
    /// <param name="name">The rule set's name; unique within a repository.</param>
    /// <param name="rules">The rule instances.</param>
    /// <returns>The rule set.</returns>
    public static IRuleSet ToRuleSet(string name, IEnumerable<Rule> rules)
    {
        var ruleSet = new NRules.RuleModel.RuleSet(Guard.NotEmpty(name));
        ruleSet.Add(Create(rules));
        return ruleSet;
    }

    /// <summary>Returns the policy citation of a rule: its <see cref="PolicyProperty"/>, else the <see cref="PolicyAttribute"/>
    /// of its NRules.Fluent class; <see langword="null"/> when it has neither.</summary>
    /// <param name="rule">The rule definition.</param>
    /// <returns>The citation, or <see langword="null"/>.</returns>
    public static string? Policy(this IRuleDefinition rule)
    {
        Guard.NotNull(rule);
        if (rule.Properties.TryGetProperty(PolicyProperty, out var policy))
        {
            return policy.Value as string;
        }

        return ClrType(rule)?.GetCustomAttribute<PolicyAttribute>()?.Citation;
    }

    /// <summary>Returns the NRules.Fluent class a rule was defined by, or <see langword="null"/> for a rule built otherwise.</summary>
    /// <param name="rule">The rule definition.</param>
    /// <returns>The class, or <see langword="null"/>.</returns>
    public static Type? ClrType(this IRuleDefinition rule) =>
        Guard.NotNull(rule).Properties.TryGetProperty(RuleProperties.ClrType, out var type) ? type.Value as Type : null;
}
