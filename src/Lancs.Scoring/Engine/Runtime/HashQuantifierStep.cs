using System;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A <c>Not</c> or <c>Exists</c> keyed by equality to earlier bindings: probe the hash index once per row.</summary>
/// <remarks>The equalities are part of <c>_condition</c>, which runs only on candidates whose key hash equals the row's.</remarks>
internal sealed class HashQuantifierStep<T> : Step
{
    private readonly int _listId;
    private readonly int _sharedIndex;
    private readonly bool _exists;
    private readonly Func<T, bool>? _filter;
    private readonly Func<T, int> _hashOfCandidate;
    private readonly RowFunction<int> _hashOfRow;
    private readonly RowCondition<T> _condition;

    public HashQuantifierStep(string description, int listId, int sharedIndex, int keyParts, bool exists, Func<T, bool>? filter, Func<T, int> hashOfCandidate, RowFunction<int> hashOfRow, RowCondition<T> condition)
        : base(description)
    {
        _listId = listId;
        _sharedIndex = sharedIndex;
        KeyParts = keyParts;
        _exists = exists;
        _filter = filter;
        _hashOfCandidate = hashOfCandidate;
        _hashOfRow = hashOfRow;
        _condition = condition;
    }

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
        var output = new RowBuffer(input.Stride, input.Count);
        var rows = input.Data;
        for (var r = 0; r < input.Count; r++)
        {
            var offset = r * input.Stride;
            var hash = _hashOfRow(lists, rows, offset);
            var found = false;
            for (var i = index.First(hash); i >= 0 && !found; i = index.Next(i))
            {
                found = index.HashAt(i) == hash && (filter is null || filter(items[i])) && _condition(lists, rows, offset, items[i]);
            }

            if (found == _exists)
            {
                output.AppendCopy(rows, offset);
            }
        }

        if (_sharedIndex < 0)
        {
            index.Release();
        }

        return output;
    }

    /// <summary>Nothing to find: every row passes a <c>Not</c>, none an <c>Exists</c>.</summary>
    private RowBuffer NoCandidates(RowBuffer input)
    {
        var output = new RowBuffer(input.Stride, _exists ? 0 : input.Count);
        for (var r = 0; r < input.Count && !_exists; r++)
        {
            output.AppendCopy(input.Data, r * input.Stride);
        }

        return output;
    }
}
