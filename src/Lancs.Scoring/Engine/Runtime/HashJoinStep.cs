using System;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A <c>Match</c> joined to earlier bindings by equality: index the candidates by key, probe once per row.</summary>
internal sealed class HashJoinStep<T, TKey> : Step
    where TKey : notnull
{
    private readonly int _listId;
    private readonly Func<T, bool>? _filter;
    private readonly Func<T, TKey> _keyOfCandidate;
    private readonly RowFunction<TKey> _keyOfRow;
    private readonly RowCondition<T>? _residual;

    public HashJoinStep(string description, int listId, Func<T, bool>? filter, Func<T, TKey> keyOfCandidate, RowFunction<TKey> keyOfRow, RowCondition<T>? residual)
        : base(description)
    {
        _listId = listId;
        _filter = filter;
        _keyOfCandidate = keyOfCandidate;
        _keyOfRow = keyOfRow;
        _residual = residual;
    }

    public override RowBuffer Run(FactList[] lists, RowBuffer input)
    {
        var list = (FactList<T>)lists[_listId];
        var index = new JoinIndex<T, TKey>(list, Candidates.Of(list, _filter), _keyOfCandidate);
        var items = list.Items;
        var output = new RowBuffer(input.Stride + 1, input.Count);
        var rows = input.Data;
        for (var r = 0; r < input.Count; r++)
        {
            var offset = r * input.Stride;
            for (var i = index.First(_keyOfRow(lists, rows, offset)); i >= 0; i = index.Next(i))
            {
                if (_residual is null || _residual(lists, rows, offset, items[i]))
                {
                    output.AppendExtended(rows, offset, i);
                }
            }
        }

        return output;
    }
}
