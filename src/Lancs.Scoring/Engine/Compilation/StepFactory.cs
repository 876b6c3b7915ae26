using System;
using System.Linq.Expressions;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Builds the typed step for one pattern from the bodies <see cref="PatternCompiler"/> classified: one generic
/// dispatch on the fact type (a parameterless <see cref="Activator.CreateInstance(Type)"/>), after which every delegate and
/// step is built with its static type checked by the C# compiler, not matched to constructor arguments at run time.</summary>
internal abstract class StepFactory
{
    /// <summary>Returns the factory for patterns over <paramref name="factType"/>.</summary>
    public static StepFactory For(Type factType) => (StepFactory)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(factType))!;

    /// <summary>A <c>Match</c> with no equality to earlier facts.</summary>
    public abstract Step CrossJoin(StepShape shape, Expression? filter, Expression? residual);

    /// <summary>A <c>Not</c> or <c>Exists</c> with no equality to earlier facts.</summary>
    public abstract Step Quantifier(StepShape shape, bool exists, Expression? filter, Expression? residual);

    /// <summary>A <c>Match</c> joined by equality; <paramref name="condition"/> holds the equalities and the residual conditions.</summary>
    public abstract Step HashJoin(StepShape shape, JoinKey key, Expression? filter, Expression condition);

    /// <summary>A <c>Not</c> or <c>Exists</c> joined by equality.</summary>
    public abstract Step HashQuantifier(StepShape shape, JoinKey key, bool exists, Expression? filter, Expression condition);

    private sealed class Typed<T> : StepFactory
    {
        public override Step CrossJoin(StepShape shape, Expression? filter, Expression? residual) =>
            new CrossJoinStep<T>(shape.Description, shape.ListId, Filter(shape, filter), Condition(shape, residual));

        public override Step Quantifier(StepShape shape, bool exists, Expression? filter, Expression? residual) =>
            new QuantifierStep<T>(shape.Description, shape.ListId, exists, Filter(shape, filter), Condition(shape, residual));

        public override Step HashJoin(StepShape shape, JoinKey key, Expression? filter, Expression condition) =>
            new HashJoinStep<T>(shape.Description, shape.ListId, key.SharedIndex, key.Parts, Filter(shape, filter),
                CandidateHash(shape, key), RowHash(shape, key), Condition(shape, condition)!);

        public override Step HashQuantifier(StepShape shape, JoinKey key, bool exists, Expression? filter, Expression condition) =>
            new HashQuantifierStep<T>(shape.Description, shape.ListId, key.SharedIndex, key.Parts, exists, Filter(shape, filter),
                CandidateHash(shape, key), RowHash(shape, key), Condition(shape, condition)!);

        private static Func<T, bool>? Filter(StepShape shape, Expression? body) =>
            body is null ? null : Expression.Lambda<Func<T, bool>>(body, shape.Candidate).Compile();

        private static RowCondition<T>? Condition(StepShape shape, Expression? body) =>
            body is null ? null : Expression.Lambda<RowCondition<T>>(body, shape.Slots.Lists, shape.Slots.Rows, shape.Slots.Offset, shape.Candidate).Compile();

        private static Func<T, int> CandidateHash(StepShape shape, JoinKey key) =>
            Expression.Lambda<Func<T, int>>(key.CandidateHash, shape.Candidate).Compile();

        private static RowFunction<int> RowHash(StepShape shape, JoinKey key) =>
            Expression.Lambda<RowFunction<int>>(key.RowHash, shape.Slots.Lists, shape.Slots.Rows, shape.Slots.Offset).Compile();
    }
}
