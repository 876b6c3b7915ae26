using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Risk;

/// <summary>Groups identification numbers that lineage links across a renumbering (union-find over normalised ids), so
/// that a partitioned re-score puts every entry of a group in one partition: its id-joined rules and its lineage pair
/// both meet there.</summary>
/// <remarks>Ids no renumbering touches are each their own group, with no storage. Invariant: following
/// <c>_parent</c> from any id ends at the group's key, the least id of the group in ordinal order, so the key does not
/// depend on the order in which the pairs were joined.</remarks>
internal sealed class IdGroups
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

    /// <summary>Puts the two ids in one group.</summary>
    public void Join(EntryId a, EntryId b)
    {
        var left = KeyOf(a.Normalised);
        var right = KeyOf(b.Normalised);
        if (left == right)
        {
            return;
        }

        if (string.CompareOrdinal(left, right) < 0)
        {
            _parent[right] = left;
        }
        else
        {
            _parent[left] = right;
        }
    }

    /// <summary>Returns the key of the id's group: the same for every id of the group.</summary>
    public string KeyOf(EntryId id) => KeyOf(id.Normalised);

    private string KeyOf(string id)
    {
        var key = id;
        while (_parent.TryGetValue(key, out var parent))
        {
            key = parent;
        }

        if (!ReferenceEquals(key, id) && _parent.ContainsKey(id))
        {
            _parent[id] = key; // path compression: the next look-up is one step
        }

        return key;
    }
}
