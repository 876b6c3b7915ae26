using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Identifies a hash index that several rules can share: the fact list and the structure of the key's hash over
/// the candidate (node kinds, members, methods, types and constants, in order), compared part by part.</summary>
/// <remarks>Only a key that reads the candidate's own properties and fields (<c>fact.Id</c>, <c>fact.Current.Entry</c>)
/// through the hash calls <see cref="JoinKeys.Hash"/> builds gets one: a key that reads a rule's field or calls any other
/// method is never shared, since two rules could build alike expressions over different rule instances.</remarks>
internal sealed class IndexKey : IEquatable<IndexKey>
{
    private readonly int _listId;
    private readonly object[] _parts;

    private IndexKey(int listId, object[] parts)
    {
        _listId = listId;
        _parts = parts;
    }

    /// <summary>Returns the key of <paramref name="hash"/> over <paramref name="candidate"/>, or <see langword="null"/> when it may not be shared.</summary>
    public static IndexKey? TryCreate(int listId, Expression hash, ParameterExpression candidate)
    {
        var parts = new List<object>();
        return TryAdd(hash, candidate, parts) ? new IndexKey(listId, parts.ToArray()) : null;
    }

    public bool Equals(IndexKey? other)
    {
        if (other is null || other._listId != _listId || other._parts.Length != _parts.Length)
        {
            return false;
        }

        for (var i = 0; i < _parts.Length; i++)
        {
            if (!_parts[i].Equals(other._parts[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is IndexKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = _listId;
        foreach (var part in _parts)
        {
            hash = unchecked((hash * -1521134295) + part.GetHashCode());
        }

        return hash;
    }

    private static bool TryAdd(Expression node, ParameterExpression candidate, List<object> parts)
    {
        parts.Add(node.NodeType);
        parts.Add(node.Type);
        switch (node)
        {
            case ParameterExpression p:
                return p == candidate;
            case MemberExpression { Expression: { } owner } member:
                parts.Add(member.Member);
                return TryAdd(owner, candidate, parts);
            case UnaryExpression { NodeType: ExpressionType.Convert } convert:
                return TryAdd(convert.Operand, candidate, parts);
            case ConstantExpression { Value: int or string } constant:
                parts.Add(constant.Value!);
                return true;
            case MethodCallExpression { Method.Name: nameof(GetHashCode), Arguments.Count: 1 } call
                when call.Method.DeclaringType == typeof(RuntimeHelpers) || call.Object is MemberExpression { Member.Name: nameof(EqualityComparer<int>.Default), Expression: null }:
                parts.Add(call.Method);
                return TryAdd(call.Arguments[0], candidate, parts);
            case BinaryExpression { NodeType: ExpressionType.Add or ExpressionType.Multiply } binary:
                return TryAdd(binary.Left, candidate, parts) && TryAdd(binary.Right, candidate, parts);
            default:
                return false;
        }
    }
}
