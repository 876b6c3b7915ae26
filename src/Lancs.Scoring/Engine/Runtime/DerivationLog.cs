using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>How each derived fact came about: one batch per rule run (the rule and its matched rows), and, when first
/// asked, an index from each derived fact to its derivation number.</summary>
/// <remarks>Row <c>r</c> of a batch is derivation <c>First + r</c>; a fact's origin in its <see cref="FactList"/> is that number.
/// A log that does not explain numbers the derivations the same way but keeps no rows: a scorer that never explains a fact
/// (KPI banding, complaints) does not hold a million rows per rule for explanations nobody reads.</remarks>
internal sealed class DerivationLog
{
    private readonly List<DerivationBatch> _batches = new();
    private readonly bool _explains;
    private Dictionary<object, int>? _origins;
    private int _originsIndexed = -1;

    /// <summary>Creates a log.</summary>
    /// <param name="explains">Whether to keep each batch's rows so that <see cref="Explain"/> can answer.</param>
    public DerivationLog(bool explains = true)
    {
        _explains = explains;
    }

    /// <summary>Gets the number of derivations recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Records the rows of a yielding rule as one batch, moving them into storage of their own when the log explains
    /// (<see cref="RowBuffer.Settle"/>); returns the number of the first derivation, or -1.</summary>
    public int Record(CompiledRule rule, RowBuffer rows)
    {
        if (!rule.Yields || rows.Count == 0)
        {
            return -1;
        }

        var first = Count;
        if (_explains)
        {
            _batches.Add(new DerivationBatch(rule, rows.Settle(), first));
        }

        Count = checked(first + rows.Count);
        return first;
    }

    /// <summary>Returns how <paramref name="fact"/> was derived, or <see langword="null"/> if it was inserted or is not in memory.</summary>
    /// <exception cref="System.InvalidOperationException">The log keeps no rows.</exception>
    public Derivation? Explain(object fact, WorkingMemory memory)
    {
        if (!_explains)
        {
            throw new System.InvalidOperationException("This session was created without explanations (it keeps no derivations), so it cannot explain a fact.");
        }

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
