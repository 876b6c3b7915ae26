using System.Collections;
using System.Collections.Generic;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Json;

/// <summary>A heat map's ids as text, read through to the map's own list so that a large register is not copied to write it.</summary>
internal sealed class IdList : IReadOnlyList<string>
{
    private readonly IReadOnlyList<EntryId> _ids;

    public IdList(IReadOnlyList<EntryId> ids) => _ids = ids;

    public int Count => _ids.Count;

    public string this[int index] => _ids[index].Raw;

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < _ids.Count; i++)
        {
            yield return _ids[i].Raw;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
