using System;

namespace Lancs.Scoring.Engine;

/// <summary>Gives what the rule does, in a sentence a council officer would recognise.</summary>
/// <remarks>Defaults to empty.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DescriptionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="text">The value; must not be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public DescriptionAttribute(string text)
    {
        Text = Guard.NotEmpty(text);
    }

    /// <summary>Gets the value given to the attribute.</summary>
    public string Text { get; }
}
