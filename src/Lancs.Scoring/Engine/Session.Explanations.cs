using System.Collections.Generic;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Engine;

/// <summary>Explanations: which rule derived a fact, and from which facts.</summary>
public sealed partial class Session
{
    private Dictionary<object, int>? _origins;
    private int _originsIndexed = -1;

    /// <summary>Returns how <paramref name="fact"/> was derived, or <see langword="null"/> if it was inserted or is not in this session.</summary>
    /// <param name="fact">A fact from this session (objects are found by reference, values by equality).</param>
    /// <returns>The derivation, or <see langword="null"/>.</returns>
    public Derivation? Explain(object fact)
    {
        Guard.NotNull(fact);
        if (_originsIndexed != _derivationCount)
        {
            IndexOrigins();
        }

        return _origins!.TryGetValue(fact, out var derivation) ? ToDerivation(derivation, fact) : null;
    }

    /// <summary>Returns the derivation of <paramref name="fact"/> followed by those of every derived fact it rests on, depth first, each once.</summary>
    /// <param name="fact">A fact from this session.</param>
    /// <returns>The chain of derivations; empty when <paramref name="fact"/> was inserted.</returns>
    public IReadOnlyList<Derivation> Trace(object fact)
    {
        var chain = new List<Derivation>();
        var visited = new HashSet<object>(FactIdentityComparer.Instance);
        var pending = new Stack<object>();
        pending.Push(Guard.NotNull(fact));
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!visited.Add(next) || Explain(next) is not { } derivation)
            {
                continue;
            }

            chain.Add(derivation);
            for (var i = derivation.Sources.Count - 1; i >= 0; i--)
            {
                pending.Push(derivation.Sources[i]);
            }
        }

        return chain;
    }

    private Derivation ToDerivation(int index, object fact)
    {
        var batch = BatchOf(index);
        var offset = (index - batch.First) * batch.Rows.Stride;
        var slots = batch.Rule.SlotLists;
        var sources = new object[slots.Length];
        for (var s = 0; s < slots.Length; s++)
        {
            sources[s] = _lists[slots[s]].GetObject(batch.Rows.Data[offset + s])!;
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

    private void IndexOrigins()
    {
        _origins = new Dictionary<object, int>(FactIdentityComparer.Instance);
        foreach (var list in _exact.Values)
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

        _originsIndexed = _derivationCount;
    }
}
