using System;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A <c>Not</c> or <c>Exists</c> with no equality to earlier bindings: scan the candidates for each row.</summary>
internal sealed class QuantifierStep<T> : Step
{
    private readonly int _listId;
    private readonly bool _exists;
    private readonly Func<T, bool>? _filter;
    private readonly RowCondition<T>? _residual;

    public QuantifierStep(string description, int listId, bool exists, Func<T, bool>? filter, RowCondition<T>? residual)
        : base(description)
    {
        _listId = listId;
        _exists = exists;
        _filter = filter;
        _residual = residual;
    }

    public override RowBuffer Run(FactList[] lists, RowBuffer input)
    {
        var list = (FactList<T>)lists[_listId];
        var candidates = Candidates.Of(list, _filter);
        var items = list.Items;
        var output = new RowBuffer(input.Stride, input.Count);
        var rows = input.Data;
        for (var r = 0; r < input.Count; r++)
        {
            var offset = r * input.Stride;
            var found = false;
            for (var c = 0; c < candidates.Count && !found; c++)
            {
                found = _residual is null || _residual(lists, rows, offset, items[candidates[c]]);
            }

            if (found == _exists)
            {
                output.AppendCopy(rows, offset);
            }
        }

        candidates.Release();
        return output;
    }
}
