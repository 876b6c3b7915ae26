using System;
using System.Collections.Generic;
using System.Linq.Expressions;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Decides which equalities can run as hash joins, and builds the composite key for several of them.</summary>
internal static class JoinKeys
{
    /// <summary>The most equalities one key holds; further equalities stay residual conditions.</summary>
    public const int MaxParts = 7;

    private static readonly Type[] TupleTypes =
    {
        typeof(ValueTuple<>), typeof(ValueTuple<,>), typeof(ValueTuple<,,>), typeof(ValueTuple<,,,>),
        typeof(ValueTuple<,,,,>), typeof(ValueTuple<,,,,,>), typeof(ValueTuple<,,,,,,>),
    };

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

    /// <summary>Combines key parts into one key expression: the part itself for one non-nullable value, else a value tuple
    /// (which never is null, so facts whose key is null still join, as <c>null == null</c> does).</summary>
    public static Expression Combine(IReadOnlyList<Expression> parts)
    {
        if (parts.Count == 1 && parts[0].Type.IsValueType && Nullable.GetUnderlyingType(parts[0].Type) is null)
        {
            return parts[0];
        }

        var types = new Type[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            types[i] = parts[i].Type;
        }

        var tuple = TupleTypes[parts.Count - 1].MakeGenericType(types);
        return Expression.New(tuple.GetConstructor(types)!, parts);
    }
}
