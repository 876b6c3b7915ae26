using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Decides which equalities can run as hash joins, and builds the hash code of a (composite) key.</summary>
internal static class JoinKeys
{
    /// <summary>The most equalities one key hashes; further equalities are still tested, as residual conditions.</summary>
    public const int MaxParts = 7;

    /// <summary>Returns whether <c>==</c> over <paramref name="equality"/>'s operands means the same as <see cref="object.Equals(object)"/>
    /// with a matching hash code, so a hash table finds exactly the pairs the condition accepts.</summary>
    /// <remarks>Floating-point keys are refused: <c>NaN == NaN</c> is false but <c>NaN.Equals(NaN)</c> is true.</remarks>
    public static bool IsHashable(BinaryExpression equality)
    {
        var type = equality.Left.Type;
        if (type != equality.Right.Type)
        {
            return false;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(float) || underlying == typeof(double))
        {
            return false;
        }

        if (equality.Method is null || type == typeof(string))
        {
            return true;
        }

        return typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type);
    }

    /// <summary>Returns the hash code of one side of <paramref name="equality"/>, consistent with its <c>==</c>: the identity hash
    /// where <c>==</c> compares references (a class with no <c>operator ==</c>), else the type's default equality comparer's
    /// (so <see langword="null"/> hashes to 0 and, as in C#, <c>null == null</c> still joins).</summary>
    /// <remarks>Compiled into the rule, the comparer is resolved for the exact key type once, not looked up per fact.</remarks>
    public static Expression Hash(BinaryExpression equality, Expression side)
    {
        if (equality.Method is null && !side.Type.IsValueType && side.Type != typeof(string))
        {
            return Expression.Call(typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.GetHashCode), new[] { typeof(object) })!,
                Expression.Convert(side, typeof(object)));
        }

        var comparer = typeof(EqualityComparer<>).MakeGenericType(side.Type);
        return Expression.Call(Expression.Property(null, comparer.GetProperty(nameof(EqualityComparer<int>.Default))!),
            comparer.GetMethod(nameof(EqualityComparer<int>.GetHashCode), new[] { side.Type })!, side);
    }

    /// <summary>Combines the hash codes of a composite key's parts into one (unchecked: hash arithmetic wraps).</summary>
    public static Expression Combine(IReadOnlyList<Expression> hashes)
    {
        var combined = hashes[0];
        for (var i = 1; i < hashes.Count; i++)
        {
            combined = Expression.Add(Expression.Multiply(combined, Expression.Constant(-1521134295)), hashes[i]);
        }

        return combined;
    }
}
