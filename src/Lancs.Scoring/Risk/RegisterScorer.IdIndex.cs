using System.Collections.Generic;

namespace Lancs.Scoring.Risk;

/// <summary>The scored entries of one run indexed by id, for gathering their findings and ordering the changes.</summary>
public sealed partial class RegisterScorer
{
    /// <summary>For each id of a run's scored entries, the first entry with it: an open-addressing table of entry positions
    /// over the ids' own cached hash codes, with no per-entry objects (a <c>Dictionary</c> of a million ids costs a node and a
    /// cache miss or two per entry).</summary>
    private sealed class IdIndex
    {
        private readonly IReadOnlyList<ScoredEntry> _entries;
        private readonly int[] _slots;
        private readonly int[] _first;
        private readonly int _mask;
        private readonly int _shift;

        public IdIndex(IReadOnlyList<ScoredEntry> entries)
        {
            _entries = entries;
            var bits = 2;
            while (bits < 30 && (1 << bits) < 2 * entries.Count)
            {
                bits++;
            }

            var size = 1 << bits;
            _shift = 32 - bits;

            // A slot holds an entry's position + 1, so the zeroed array means "empty" without a fill.
            _slots = new int[size];
            _mask = size - 1;
            _first = new int[entries.Count];
            for (var k = 0; k < entries.Count; k++)
            {
                var id = entries[k].Entry.Id;
                var slot = Start(id);
                while (true)
                {
                    var held = _slots[slot] - 1;
                    if (held < 0)
                    {
                        _slots[slot] = k + 1;
                        _first[k] = k;
                        break;
                    }

                    if (entries[held].Entry.Id.Equals(id))
                    {
                        _first[k] = held;
                        break;
                    }

                    slot = (slot + 1) & _mask;
                }
            }
        }

        /// <summary>Returns the position of the first entry whose id is that of entry <paramref name="k"/> (often <paramref name="k"/> itself).</summary>
        public int FirstWithIdOf(int k) => _first[k];

        /// <summary>Returns the position of the first entry with <paramref name="id"/>, or -1 when no entry of this run has it.</summary>
        public int FirstWithId(EntryId id)
        {
            var slot = Start(id);
            while (true)
            {
                var held = _slots[slot] - 1;
                if (held < 0 || _entries[held].Entry.Id.Equals(id))
                {
                    return held;
                }

                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>Fibonacci hashing spreads the ids' string hash codes over the table.</summary>
        private int Start(EntryId id) => (int)(unchecked((uint)id.GetHashCode() * 2654435769u) >> _shift);
    }
}
