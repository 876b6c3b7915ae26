using System;
using System.Linq.Expressions;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Builds the typed <see cref="YieldAction{T}"/> for a recognised yield: one generic dispatch on the fact type.</summary>
internal abstract class ActionFactory
{
    public static ActionFactory For(Type factType) => (ActionFactory)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(factType))!;

    /// <summary>Compiles <paramref name="factory"/> (over the row's slots) into a yield of its type.</summary>
    public abstract RuleAction Yield(string description, Expression factory, RowSlots slots);

    private sealed class Typed<T> : ActionFactory
    {
        public override RuleAction Yield(string description, Expression factory, RowSlots slots) =>
            new YieldAction<T>(description, Expression.Lambda<RowFunction<T>>(factory, slots.Lists, slots.Rows, slots.Offset).Compile());
    }
}
