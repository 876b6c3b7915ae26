using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A <see cref="FusedScan"/> over a list of <typeparamref name="T"/>.</summary>
internal sealed class FusedScan<T> : FusedScan
{
    private readonly int _listId;

    public FusedScan(int listId, int strata)
        : base(strata)
    {
        _listId = listId;
    }

    public override RowBuffer[] Match(FactList[] lists, IReadOnlyList<Stratum> strata, int first)
    {
        var filters = new Func<T, bool>?[Strata];
        var rows = new RowBuffer[Strata];
        var list = (FactList<T>)lists[_listId];
        for (var k = 0; k < Strata; k++)
        {
            filters[k] = ((CrossJoinStep<T>)strata[first + k].Rules[0].Steps[0]).Filter;
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

            var failed = strata[first + rule].Rules[0];
            throw new RuleExecutionException(failed.Definition.Name, failed.Steps[0].Description, ex.Message, ex);
        }

        for (var k = 0; k < rows.Length; k++)
        {
            rows[k] = rows[k].Settle();
        }

        return rows;
    }
}
