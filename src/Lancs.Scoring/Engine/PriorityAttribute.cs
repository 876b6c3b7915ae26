using System;

namespace Lancs.Scoring.Engine;

/// <summary>Gives a rule's priority: among rules that do not depend on each other, higher fires first.</summary>
/// <remarks>Priority never overrides data: a rule that consumes a fact type always runs after every rule that
/// yields it, whatever their priorities. Defaults to 0.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PriorityAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The priority; higher fires first.</param>
    public PriorityAttribute(int value)
    {
        Value = value;
    }

    /// <summary>Gets the priority.</summary>
    public int Value { get; }
}
