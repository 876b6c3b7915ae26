using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A <c>Match</c> with no equality to earlier bindings: every row meets every candidate, then the residual conditions decide.</summary>
internal sealed class CrossJoinStep<T> : Step
{
    private readonly int _listId;
    private readonly Func<T, bool>? _filter;
    private readonly RowCondition<T>? _residual;

    public CrossJoinStep(string description, int listId, Func<T, bool>? filter, RowCondition<T>? residual)
        : base(description)
    {
        _listId = listId;
        _filter = filter;
        _residual = residual;
    }

    /// <summary>Gets the single-fact conditions, or <see langword="null"/> when every fact is a candidate.</summary>
    public Func<T, bool>? Filter => _filter;

    /// <inheritdoc />
    public override bool IsPlainScan => _residual is null;

    /// <inheritdoc />
    public override bool FusesWith(Step other) => other is CrossJoinStep<T> { IsPlainScan: true } scan && scan._listId == _listId;

    /// <inheritdoc />
    public override FusedScan Fuse(IReadOnlyList<CompiledRule> rules) => new FusedScan<T>(_listId, rules);

    public override RowBuffer Run(FactList[] lists, RowBuffer input)
    {
        var list = (FactList<T>)lists[_listId];
        var candidates = Candidates.Of(list, _filter);
        if (input.Stride == 0 && input.Count == 1 && _residual is null)
        {
            // The rule's first pattern: its rows are the candidates themselves.
            return candidates.ToRows();
        }

        var items = list.Items;
        var output = new RowBuffer(input.Stride + 1, Math.Max(input.Count, candidates.Count));
        var rows = input.Data;
        for (var r = 0; r < input.Count; r++)
        {
            var offset = r * input.Stride;
            for (var c = 0; c < candidates.Count; c++)
            {
                var index = candidates[c];
                if (_residual is null || _residual(lists, rows, offset, items[index]))
                {
                    output.AppendExtended(rows, offset, index);
                }
            }
        }

        candidates.Release();
        return output;
    }
}
