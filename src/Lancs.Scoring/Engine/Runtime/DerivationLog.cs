using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>How each derived fact came about: one batch per rule run (the rule and its matched rows), and, when first
/// asked, an index from each derived fact to its derivation number.</summary>
/// <remarks>Row <c>r</c> of a batch is derivation <c>First + r</c>; a fact's origin in its <see cref="FactList"/> is that number.</remarks>
internal sealed class DerivationLog
{
    private readonly List<DerivationBatch> _batches = new();
    private Dictionary<object, int>? _origins;
    private int _originsIndexed = -1;

    /// <summary>Gets the number of derivations recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Records the rows of a yielding rule as one batch; returns the number of the first derivation, or -1.</summary>
    public int Record(CompiledRule rule, RowBuffer rows)
    {
        if (!rule.Yields || rows.Count == 0)
        {
            return -1;
        }

        var first = Count;
        _batches.Add(new DerivationBatch(rule, rows, first));
        Count = checked(first + rows.Count);
        return first;
    }

    /// <summary>Returns how <paramref name="fact"/> was derived, or <see langword="null"/> if it was inserted or is not in memory.</summary>
    public Derivation? Explain(object fact, WorkingMemory memory)
    {
        if (_originsIndexed != Count)
        {
            IndexOrigins(memory);
        }

        return _origins!.TryGetValue(fact, out var derivation) ? ToDerivation(derivation, fact, memory) : null;
    }

    private Derivation ToDerivation(int index, object fact, WorkingMemory memory)
    {
        var batch = BatchOf(index);
        var offset = (index - batch.First) * batch.Rows.Stride;
        var slots = batch.Rule.SlotLists;
        var sources = new object[slots.Length];
        for (var s = 0; s < slots.Length; s++)
        {
            sources[s] = memory.Lists[slots[s]].GetObject(batch.Rows.Data[offset + s])!;
        }

        return new Derivation(batch.Rule.Definition, fact, sources);
    }

    /// <summary>Returns the batch holding derivation <paramref name="index"/>: the last batch that starts at or before it.</summary>
    private DerivationBatch BatchOf(int index)
    {
        int low = 0, high = _batches.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (_batches[middle].First <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _batches[low];
    }

    private void IndexOrigins(WorkingMemory memory)
    {
        _origins = new Dictionary<object, int>(FactIdentityComparer.Instance);
        foreach (var list in memory.ExactLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var origin = list.OriginOf(i);
                if (origin != FactList.Inserted)
                {
                    _origins[list.GetObject(i)!] = origin;
                }
            }
        }

        _originsIndexed = Count;
    }
}
