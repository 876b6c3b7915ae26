using System;
using System.Runtime.CompilerServices;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A join key part compared by reference: what C# <c>==</c> means for a class that defines no <c>operator ==</c>.</summary>
/// <remarks>Without it a hash join would use <see cref="object.Equals(object)"/>, which such a class may override to
/// compare values, and the join would pair facts the condition rejects.</remarks>
internal readonly struct ReferenceKey : IEquatable<ReferenceKey>
{
    private readonly object? _target;

    public ReferenceKey(object? target)
    {
        _target = target;
    }

    public bool Equals(ReferenceKey other) => ReferenceEquals(_target, other._target);

    public override bool Equals(object? obj) => obj is ReferenceKey other && Equals(other);

    public override int GetHashCode() => _target is null ? 0 : RuntimeHelpers.GetHashCode(_target);
}
