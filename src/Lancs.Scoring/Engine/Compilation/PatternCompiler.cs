using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using Lancs.Scoring.Engine.Runtime;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Compiles one pattern into a step: each condition (each conjunct of it) is a single-fact filter, an equality
/// hash-join key, or a residual row condition.</summary>
internal static class PatternCompiler
{
    public static Step Compile(IRuleDefinition rule, PatternPlan pattern, RowSlots slots, Func<Type, int> listIdOf, Func<IndexKey, int> sharedIndexOf)
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
            var replacements = Replacements(rule, condition, pattern, candidate, slots, description);
            Expression Normalise(Expression e) => ParameterRewriter.Rewrite(e, replacements);
            foreach (var conjunct in Conjuncts(condition.Body))
            {
                var reads = Reads(conjunct, pattern, slots, description);
                if (reads.Row == false)
                {
                    filters.Add(Normalise(conjunct));
                }
                else if (equalities.Count < JoinKeys.MaxParts && TrySplitEquality(conjunct, pattern, slots, description, out var candidateSide, out var rowSide))
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

        var factory = StepFactory.For(type);
        var shape = new StepShape(description, listIdOf(type), slots, candidate);
        var filter = filters.Count == 0 ? null : AndAll(filters);

        // A hash join tests its equalities too, first: the index only narrows the candidates to those with the row's key hash.
        equalities.AddRange(residuals);
        var residual = equalities.Count == 0 ? null : AndAll(equalities);
        if (candidateHashes.Count == 0)
        {
            return pattern.Kind == PatternKind.Match ? factory.CrossJoin(shape, filter, residual) : factory.Quantifier(shape, pattern.Kind == PatternKind.Exists, filter, residual);
        }

        var candidateHash = JoinKeys.Combine(candidateHashes);
        var sharedIndex = IndexKey.TryCreate(listIdOf(type), candidateHash, candidate) is { } key ? sharedIndexOf(key) : -1;
        var join = new JoinKey(candidateHashes.Count, sharedIndex, candidateHash, JoinKeys.Combine(rowHashes));
        return pattern.Kind == PatternKind.Match
            ? factory.HashJoin(shape, join, filter, residual!)
            : factory.HashQuantifier(shape, join, pattern.Kind == PatternKind.Exists, filter, residual!);
    }

    /// <summary>Maps each parameter of a condition to what it reads at run time: the pattern's own declaration is the candidate,
    /// an earlier <c>Match</c>'s declaration its row slot; a later one is refused.</summary>
    private static Dictionary<ParameterExpression, Expression> Replacements(IRuleDefinition rule, LambdaExpression condition, PatternPlan pattern,
        ParameterExpression candidate, RowSlots slots, string where)
    {
        slots.RefuseUnboundLocals(ParameterUses.Of(condition.Body), where);
        var replacements = new Dictionary<ParameterExpression, Expression>();
        foreach (var parameter in condition.Parameters)
        {
            if (parameter.Name == pattern.Declaration.Name)
            {
                replacements.Add(parameter, candidate);
                continue;
            }

            var declaring = slots.Declaring(parameter, where);
            if (declaring.Index >= pattern.Index)
            {
                throw new RuleCompilationException(rule.Name,
                    $"{where} uses '{parameter.Name}' before it is matched (by pattern {declaring.Index + 1}); match it in an earlier pattern, or move this condition to a later one.");
            }

            replacements.Add(parameter, slots.Read(declaring));
        }

        return replacements;
    }

    /// <summary>Says whether an expression reads the pattern's candidate and whether it reads earlier patterns' facts.</summary>
    private static (bool Candidate, bool Row) Reads(Expression expression, PatternPlan pattern, RowSlots slots, string where)
    {
        var candidate = false;
        var row = false;
        foreach (var parameter in ParameterUses.Of(expression).Parameters)
        {
            if (parameter.Name == pattern.Declaration.Name)
            {
                candidate = true;
            }
            else
            {
                row |= slots.Declaring(parameter, where).Index < pattern.Index;
            }
        }

        return (candidate, row);
    }

    /// <summary>Splits <c>x == y</c> into the side over the candidate alone and the side over earlier facts alone.</summary>
    private static bool TrySplitEquality(Expression conjunct, PatternPlan pattern, RowSlots slots, string where, out Expression candidateSide, out Expression rowSide)
    {
        candidateSide = rowSide = conjunct;
        if (conjunct is not BinaryExpression { NodeType: ExpressionType.Equal } equality || !JoinKeys.IsHashable(equality))
        {
            return false;
        }

        var left = Reads(equality.Left, pattern, slots, where);
        var right = Reads(equality.Right, pattern, slots, where);
        if (left is (true, false) && right is (false, true))
        {
            (candidateSide, rowSide) = (equality.Left, equality.Right);
            return true;
        }

        if (left is (false, true) && right is (true, false))
        {
            (candidateSide, rowSide) = (equality.Right, equality.Left);
            return true;
        }

        return false;
    }

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

    private static string Describe(PatternPlan pattern)
    {
        var conditions = new List<string>();
        foreach (var condition in pattern.Conditions)
        {
            conditions.Add(ExpressionText.Of(condition));
        }

        var declaration = pattern.Kind == PatternKind.Match ? $"{pattern.Declaration.Name}: " : string.Empty;
        return $"pattern {pattern.Index + 1}: {pattern.Kind} {declaration}{pattern.FactType.Name}({string.Join(", ", conditions)})";
    }
}
