using System;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A recognised Fluent <c>Yield</c>: builds a fact from the row with the rule's own factory, unboxed, and derives it.</summary>
internal sealed class YieldAction<T> : RuleAction
{
    private readonly RowFunction<T> _factory;

    public YieldAction(string description, RowFunction<T> factory)
        : base(description, new[] { typeof(T) })
    {
        _factory = factory;
    }

    public override void Reserve(WorkingMemory memory, int count) => memory.Reserve<T>(count);

    public override void Fire(Activation activation, int[] rows, int offset, int derivation) =>
        activation.Derive(_factory(activation.Memory.Lists, rows, offset), derivation);

    /// <summary>Adds every row's fact straight to its list when facts of <typeparamref name="T"/> go to one list only (the common
    /// case: a sealed fact type no other pattern sees through a base type), so routing is resolved once per rule run.</summary>
    public override void FireAll(Activation activation, RowBuffer rows, int first)
    {
        if (activation.Deduplicate || activation.Memory.OnlyListFor<T>() is not { } target)
        {
            base.FireAll(activation, rows, first);
            return;
        }

        var lists = activation.Memory.Lists;
        var data = rows.Data;
        for (var r = 0; r < rows.Count; r++)
        {
            var fact = _factory(lists, data, r * rows.Stride);
            if (fact is null)
            {
                throw WorkingMemory.NullYield();
            }

            target.Add(fact, first + r);
        }
    }
}
