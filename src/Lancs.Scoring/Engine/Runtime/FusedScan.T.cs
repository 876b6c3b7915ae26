using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A <see cref="FusedScan"/> over a list of <typeparamref name="T"/>.</summary>
internal sealed class FusedScan<T> : FusedScan
{
    private readonly int _listId;
    private readonly Func<T, bool>?[] _filters;

    public FusedScan(int listId, IReadOnlyList<CompiledRule> rules)
        : base(rules)
    {
        _listId = listId;
        _filters = new Func<T, bool>?[rules.Count];
        for (var k = 0; k < rules.Count; k++)
        {
            _filters[k] = ((CrossJoinStep<T>)rules[k].Steps[0]).Filter;
        }
    }

    public override RowBuffer[] Match(FactList[] lists)
    {
        var filters = _filters;
        var rows = new RowBuffer[filters.Length];
        var list = (FactList<T>)lists[_listId];
        for (var k = 0; k < rows.Length; k++)
        {
            rows[k] = new RowBuffer(1, Math.Min(list.Count, 1024)); // most checks accept few facts; a buffer grows by doubling
        }

        var items = list.Items;
        var rule = 0;
        try
        {
            for (var i = 0; i < list.Count; i++)
            {
                var fact = items[i];
                for (rule = 0; rule < filters.Length; rule++)
                {
                    if (filters[rule] is not { } filter || filter(fact))
                    {
                        rows[rule].Append(i);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is not RuleExecutionException)
        {
            foreach (var buffer in rows)
            {
                buffer.Release();
            }

            var failed = Rules[rule];
            throw new RuleExecutionException(failed.Definition.Name, failed.Steps[0].Description, ex.Message, ex);
        }

        return rows;
    }
}
