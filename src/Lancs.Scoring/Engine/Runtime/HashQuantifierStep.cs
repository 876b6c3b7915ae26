using System;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A <c>Not</c> or <c>Exists</c> keyed by equality to earlier bindings: probe the index once per row.</summary>
internal sealed class HashQuantifierStep<T, TKey> : Step
    where TKey : notnull
{
    private readonly int _listId;
    private readonly bool _exists;
    private readonly Func<T, bool>? _filter;
    private readonly Func<T, TKey> _keyOfCandidate;
    private readonly RowFunction<TKey> _keyOfRow;
    private readonly RowCondition<T>? _residual;

    public HashQuantifierStep(string description, int listId, bool exists, Func<T, bool>? filter, Func<T, TKey> keyOfCandidate, RowFunction<TKey> keyOfRow, RowCondition<T>? residual)
        : base(description)
    {
        _listId = listId;
        _exists = exists;
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
        var output = new RowBuffer(input.Stride, input.Count);
        var rows = input.Data;
        for (var r = 0; r < input.Count; r++)
        {
            var offset = r * input.Stride;
            var found = false;
            for (var i = index.First(_keyOfRow(lists, rows, offset)); i >= 0 && !found; i = index.Next(i))
            {
                found = _residual is null || _residual(lists, rows, offset, items[i]);
            }

            if (found == _exists)
            {
                output.AppendCopy(rows, offset);
            }
        }

        return output;
    }
}
