using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using Lancs.Scoring.Engine.Model;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Patterns: each condition is a single-fact filter, an equality join key, or a residual row condition.</summary>
internal sealed partial class RuleCompiler
{
    private Step CompilePattern(PatternElement pattern)
    {
        var type = pattern.FactType;
        var candidate = Expression.Parameter(type, "fact");
        var description = Describe(pattern);
        var filters = new List<Expression>();
        var residuals = new List<Expression>();
        var equalities = new List<Expression>();
        var candidateHashes = new List<Expression>();
        var rowHashes = new List<Expression>();

        foreach (var condition in pattern.Conditions)
        {
            var parameter = condition.Parameters[0];
            foreach (var conjunct in Conjuncts(condition.Body))
            {
                var earlier = EarlierBindingsReadBy(conjunct, parameter, pattern, description);
                Expression Normalise(Expression e) => BindingRewriter.Rewrite(e, m => OwnOrSlot(m, pattern, candidate), parameter, candidate);

                if (earlier == 0)
                {
                    filters.Add(Normalise(conjunct));
                }
                else if (equalities.Count < JoinKeys.MaxParts && TrySplitEquality(conjunct, parameter, pattern, out var candidateSide, out var rowSide))
                {
                    var equality = (BinaryExpression)conjunct;
                    equalities.Add(Normalise(conjunct));
                    candidateHashes.Add(JoinKeys.Hash(equality, Normalise(candidateSide)));
                    rowHashes.Add(JoinKeys.Hash(equality, Normalise(rowSide)));
                }
                else
                {
                    residuals.Add(Normalise(conjunct));
                }
            }
        }

        var filter = filters.Count == 0 ? null : Expression.Lambda(typeof(Func<,>).MakeGenericType(type, typeof(bool)), AndAll(filters), candidate).Compile();
        var listId = _listIdOf(type);
        var exists = pattern.Kind == PatternKind.Exists;

        // A hash join tests its equalities too, first: the index only narrows the candidates to those with the row's key hash.
        equalities.AddRange(residuals);
        var residual = equalities.Count == 0 ? null : Expression.Lambda(typeof(RowCondition<>).MakeGenericType(type), AndAll(equalities), _lists, _rows, _offset, candidate).Compile();
        var keyParts = candidateHashes.Count;
        if (keyParts == 0)
        {
            return pattern.Kind == PatternKind.Match
                ? NewStep(typeof(CrossJoinStep<>), new[] { type }, description, listId, filter, residual)
                : NewStep(typeof(QuantifierStep<>), new[] { type }, description, listId, exists, filter, residual);
        }

        var candidateHash = JoinKeys.Combine(candidateHashes);
        var sharedIndex = JoinKeys.IsPlainPath(candidateHash, candidate) ? _sharedIndexOf($"{listId}: {candidateHash}") : -1;
        var hashOfCandidate = Expression.Lambda(typeof(Func<,>).MakeGenericType(type, typeof(int)), candidateHash, candidate).Compile();
        var hashOfRow = Expression.Lambda<RowFunction<int>>(JoinKeys.Combine(rowHashes), _lists, _rows, _offset).Compile();
        return pattern.Kind == PatternKind.Match
            ? NewStep(typeof(HashJoinStep<>), new[] { type }, description, listId, sharedIndex, keyParts, filter, hashOfCandidate, hashOfRow, residual)
            : NewStep(typeof(HashQuantifierStep<>), new[] { type }, description, listId, sharedIndex, keyParts, exists, filter, hashOfCandidate, hashOfRow, residual);
    }

    /// <summary>Counts the bindings of earlier patterns that <paramref name="expression"/> reads, and refuses later ones.</summary>
    private int EarlierBindingsReadBy(Expression expression, ParameterExpression parameter, PatternElement pattern, string where)
    {
        var references = BindingReferences.Of(expression, _bindings, parameter);
        CheckOtherLocals(references, where);
        var earlier = 0;
        foreach (var binding in references.Bindings)
        {
            if (binding.PatternIndex > pattern.Index)
            {
                throw Fail($"{where} uses the binding '{binding.Name}' before it is matched (by pattern {binding.PatternIndex + 1}); " +
                    $"match '{binding.Name}' in an earlier pattern, or move this condition to a later one.");
            }

            if (binding.PatternIndex < pattern.Index)
            {
                earlier++;
            }
        }

        return earlier;
    }

    /// <summary>Splits <c>x == y</c> into the side over the candidate alone and the side over earlier bindings alone.</summary>
    private bool TrySplitEquality(Expression conjunct, ParameterExpression parameter, PatternElement pattern, out Expression candidateSide, out Expression rowSide)
    {
        candidateSide = rowSide = conjunct;
        if (conjunct is not BinaryExpression { NodeType: ExpressionType.Equal } equality || !JoinKeys.IsHashable(equality))
        {
            return false;
        }

        var left = Side(equality.Left, parameter, pattern);
        var right = Side(equality.Right, parameter, pattern);
        if (left == SideKind.Candidate && right == SideKind.Row)
        {
            (candidateSide, rowSide) = (equality.Left, equality.Right);
            return true;
        }

        if (left == SideKind.Row && right == SideKind.Candidate)
        {
            (candidateSide, rowSide) = (equality.Right, equality.Left);
            return true;
        }

        return false;
    }

    private SideKind Side(Expression side, ParameterExpression parameter, PatternElement pattern)
    {
        var references = BindingReferences.Of(side, _bindings, parameter);
        var readsCandidate = references.ReadsParameter;
        var readsRow = false;
        foreach (var binding in references.Bindings)
        {
            readsCandidate |= binding.PatternIndex == pattern.Index;
            readsRow |= binding.PatternIndex < pattern.Index;
        }

        return readsCandidate == readsRow ? SideKind.Neither : readsCandidate ? SideKind.Candidate : SideKind.Row;
    }

    /// <summary>A pattern's own binding reads the candidate; earlier bindings read their row slots.</summary>
    private Expression? OwnOrSlot(MemberExpression member, PatternElement pattern, ParameterExpression candidate) =>
        pattern.Binding is { } own && own.IsReadBy(member) ? candidate : SlotOfBinding(member);

    private static IEnumerable<Expression> Conjuncts(Expression body)
    {
        if (body is BinaryExpression { NodeType: ExpressionType.AndAlso } and)
        {
            foreach (var part in Conjuncts(and.Left))
            {
                yield return part;
            }

            foreach (var part in Conjuncts(and.Right))
            {
                yield return part;
            }
        }
        else
        {
            yield return body;
        }
    }

    private static Expression AndAll(List<Expression> conditions)
    {
        var all = conditions[0];
        for (var i = 1; i < conditions.Count; i++)
        {
            all = Expression.AndAlso(all, conditions[i]);
        }

        return all;
    }

    private static Step NewStep(Type definition, Type[] arguments, params object?[] constructorArguments) =>
        (Step)Activator.CreateInstance(definition.MakeGenericType(arguments), constructorArguments)!;

    private static string Describe(PatternElement pattern)
    {
        var conditions = new List<string>();
        foreach (var condition in pattern.Conditions)
        {
            conditions.Add(ExpressionText.Of(condition));
        }

        var binding = pattern.Binding is { } b ? $"{b.Name}: " : string.Empty;
        return $"pattern {pattern.Index + 1}: {pattern.Kind} {binding}{pattern.FactType.Name}({string.Join(", ", conditions)})";
    }

    private enum SideKind
    {
        Neither,
        Candidate,
        Row,
    }
}
