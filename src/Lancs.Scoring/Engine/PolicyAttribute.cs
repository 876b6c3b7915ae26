using System;

namespace Lancs.Scoring.Engine;

/// <summary>Cites the policy a rule implements: the paper, the line and a few words of it.</summary>
/// <remarks>Put it on an NRules.Fluent rule class beside NRules' own <c>[Name]</c>, <c>[Description]</c>, <c>[Priority]</c>
/// and <c>[Tag]</c>. <see cref="RuleDefinitions.Create(NRules.Fluent.Dsl.Rule)"/> carries it into the rule definition as
/// the property <see cref="RuleDefinitions.PolicyProperty"/>, so it is shown in every explanation of a fact the rule
/// derives, in this engine and in an NRules session alike.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PolicyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="citation">The citation; must not be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="citation"/> is empty or white space.</exception>
    public PolicyAttribute(string citation)
    {
        Citation = Guard.NotEmpty(citation);
    }

    /// <summary>Gets the citation.</summary>
    public string Citation { get; }
}
