using System;

namespace Lancs.Scoring.Engine;

/// <summary>Gives the rule's name, unique within a rule set.</summary>
/// <remarks>Defaults to the rule class's name.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class NameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The value; must not be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public NameAttribute(string name)
    {
        Name = Guard.NotEmpty(name);
    }

    /// <summary>Gets the value given to the attribute.</summary>
    public string Name { get; }
}
