using System;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A <c>Match</c> joined to earlier bindings by equality: index the candidates by key hash, probe once per row.</summary>
/// <remarks>The join's equalities are part of <c>_condition</c>, which runs only on candidates whose key hash equals the row's.</remarks>
internal sealed class HashJoinStep<T> : Step
{
    private readonly int _listId;
    private readonly int _sharedIndex;
    private readonly Func<T, bool>? _filter;
    private readonly Func<T, int> _hashOfCandidate;
    private readonly RowFunction<int> _hashOfRow;
    private readonly RowCondition<T> _condition;

    public HashJoinStep(string description, int listId, int sharedIndex, int keyParts, Func<T, bool>? filter, Func<T, int> hashOfCandidate, RowFunction<int> hashOfRow, RowCondition<T> condition)
        : base(description)
    {
        _listId = listId;
        _sharedIndex = sharedIndex;
        KeyParts = keyParts;
        _filter = filter;
        _hashOfCandidate = hashOfCandidate;
        _hashOfRow = hashOfRow;
        _condition = condition;
    }

    /// <summary>Gets the rule set's shared index this join probes, or -1 when it builds its own.</summary>
    public int SharedIndex => _sharedIndex;

    /// <summary>Gets the number of equalities the key is made of.</summary>
    public int KeyParts { get; }

    public override RowBuffer Run(FactList[] lists, RowBuffer input)
    {
        var list = (FactList<T>)lists[_listId];
        if (list.Count == 0 && input.Count > 0)
        {
            return NoCandidates(input);
        }

        var index = HashIndex.For(list, _sharedIndex, _filter, _hashOfCandidate, out var filter);
        var items = list.Items;
        var output = new RowBuffer(input.Stride + 1, input.Count);
        var rows = input.Data;
        for (var r = 0; r < input.Count; r++)
        {
            var offset = r * input.Stride;
            var hash = _hashOfRow(lists, rows, offset);
            for (var i = index.First(hash); i >= 0; i = index.Next(i))
            {
                if (index.HashAt(i) == hash && (filter is null || filter(items[i])) && _condition(lists, rows, offset, items[i]))
                {
                    output.AppendExtended(rows, offset, i);
                }
            }
        }

        if (_sharedIndex < 0)
        {
            index.Release();
        }

        return output;
    }

    /// <summary>Nothing to join with: no row extends.</summary>
    private RowBuffer NoCandidates(RowBuffer input) => new(input.Stride + 1, 0);
}
