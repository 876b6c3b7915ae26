using System;
using System.Collections.Generic;
using System.Reflection;
using Lancs.Scoring.Engine.Model;

namespace Lancs.Scoring.Engine;

/// <summary>The base of every declarative rule: a class whose <see cref="Define"/> states what it matches and what it does.</summary>
/// <remarks>
/// <para>Metadata comes from the attributes <see cref="NameAttribute"/>, <see cref="DescriptionAttribute"/>,
/// <see cref="PriorityAttribute"/>, <see cref="TagAttribute"/> and <see cref="PolicyAttribute"/> on the class; a rule
/// whose metadata depends on its constructor arguments (a policy threshold, say) overrides the properties instead.</para>
/// <para>A rule is read once, when a <see cref="RuleSet"/> is compiled; its instance is not used by sessions.</para>
/// </remarks>
/// <example>
/// <code>
/// [Name("Corporate register inclusion"), Policy("001:789 residual 12 or above remains on the register")]
/// public sealed class InclusionRule : Rule
/// {
///     public override void Define()
///     {
///         Entry entry = null!;
///         When().Match(() => entry, e => e.Residual >= 12);
///         Then().Yield(() => new Included(entry));
///     }
/// }
/// </code>
/// </example>
public abstract class Rule
{
    private RuleBuilder? _builder;

    /// <summary>Creates the rule.</summary>
    protected Rule()
    {
    }

    /// <summary>Gets the rule's name, unique within a rule set.</summary>
    /// <value>The <see cref="NameAttribute"/> on the class, or the class's name.</value>
    public virtual string Name => GetType().GetCustomAttribute<NameAttribute>()?.Name ?? GetType().Name;

    /// <summary>Gets what the rule does, in a sentence.</summary>
    /// <value>The <see cref="DescriptionAttribute"/> on the class, or empty.</value>
    public virtual string Description => GetType().GetCustomAttribute<DescriptionAttribute>()?.Text ?? string.Empty;

    /// <summary>Gets the rule's priority among rules that do not depend on each other; higher fires first.</summary>
    /// <value>The <see cref="PriorityAttribute"/> on the class, or 0.</value>
    public virtual int Priority => GetType().GetCustomAttribute<PriorityAttribute>()?.Value ?? 0;

    /// <summary>Gets the rule's tags.</summary>
    /// <value>The <see cref="TagAttribute"/>s on the class, in declaration order; empty when there are none.</value>
    public virtual IReadOnlyList<string> Tags
    {
        get
        {
            var tags = new List<string>();
            foreach (var tag in GetType().GetCustomAttributes<TagAttribute>())
            {
                tags.Add(tag.Tag);
            }

            return tags;
        }
    }

    /// <summary>Gets the citation of the council policy the rule implements.</summary>
    /// <value>The <see cref="PolicyAttribute"/> on the class, or <see langword="null"/>.</value>
    public virtual string? Policy => GetType().GetCustomAttribute<PolicyAttribute>()?.Citation;

    /// <summary>States the rule: call <see cref="When"/> and then <see cref="Then"/>.</summary>
    public abstract void Define();

    /// <summary>Starts the left-hand side: the facts the rule matches.</summary>
    /// <returns>The left-hand side, to add patterns to.</returns>
    /// <exception cref="InvalidOperationException">Called outside <see cref="Define"/>.</exception>
    protected ILeftHandSideExpression When() => CurrentBuilder().LeftHandSide;

    /// <summary>Starts the right-hand side: what the rule does for each match.</summary>
    /// <returns>The right-hand side, to add actions to.</returns>
    /// <exception cref="InvalidOperationException">Called outside <see cref="Define"/>.</exception>
    protected IRightHandSideExpression Then() => CurrentBuilder().RightHandSide;

    /// <summary>Runs <see cref="Define"/> and returns the rule's model.</summary>
    internal RuleDefinition ToDefinition(int declarationIndex)
    {
        var definition = new RuleDefinition(Name, Description, Priority, Tags, Policy, GetType(), declarationIndex);
        _builder = new RuleBuilder(definition);
        try
        {
            Define();
            return _builder.Build();
        }
        catch (RuleDefinitionException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new RuleDefinitionException(definition.Name, GetType(), "Define() threw: " + ex.Message, ex);
        }
        finally
        {
            _builder = null;
        }
    }

    private RuleBuilder CurrentBuilder() => _builder ?? throw new InvalidOperationException(
        "When() and Then() may only be called from Define(), while a RuleSet is being compiled.");
}
