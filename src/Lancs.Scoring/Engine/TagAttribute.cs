using System;

namespace Lancs.Scoring.Engine;

/// <summary>Tags a rule with a word used to group rules (for example "Register" or "DataQuality").</summary>
/// <remarks>A rule may carry several tags.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TagAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tag">The tag; must not be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is empty or white space.</exception>
    public TagAttribute(string tag)
    {
        Tag = Guard.NotEmpty(tag);
    }

    /// <summary>Gets the tag.</summary>
    public string Tag { get; }
}
