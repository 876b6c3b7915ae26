using System;

namespace Lancs.Scoring.Engine;

/// <summary>Gives the council policy the rule implements.</summary>
/// <remarks> the paper, the line and a few words of it:Shown in every explanation of a fact the rule derives.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PolicyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="citation">The value; must not be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="citation"/> is empty or white space.</exception>
    public PolicyAttribute(string citation)
    {
        Citation = Guard.NotEmpty(citation);
    }

    /// <summary>Gets the value given to the attribute.</summary>
    public string Citation { get; }
}
