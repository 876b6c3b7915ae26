using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>Compares facts by identity: references for objects, values for boxed value types.</summary>
internal sealed class FactIdentityComparer : IEqualityComparer<object>
{
    public static readonly FactIdentityComparer Instance = new();

    public new bool Equals(object? x, object? y) =>
        ReferenceEquals(x, y) || (x is not null && x.GetType().IsValueType && x.Equals(y));

    public int GetHashCode(object obj) =>
        obj.GetType().IsValueType ? obj.GetHashCode() : RuntimeHelpers.GetHashCode(obj);
}
