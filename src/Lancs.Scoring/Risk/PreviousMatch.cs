namespace Lancs.Scoring.Risk;

/// <summary>A fact the rules derive: this quarter's entry paired with its predecessor in the previous quarter (the same id,
/// or by lineage an entry renumbered since).</summary>
public sealed class PreviousMatch
{
    internal PreviousMatch(ScoredEntry current, PreviousQuarterEntry previous)
    {
        Current = current;
        Previous = previous;
    }

    /// <summary>Gets this quarter's entry.</summary>
    public ScoredEntry Current { get; }

    /// <summary>Gets the previous quarter's entry.</summary>
    public PreviousQuarterEntry Previous { get; }

    /// <summary>Gets whether the entry was matched with a previous entry of another id (by lineage, across a renumbering).</summary>
    public bool IsRenumbered => !Current.Id.Equals(Previous.Id);

    /// <summary>Returns "CR1 matches CR1 (Q1 2016/17)".</summary>
    /// <returns>The pair.</returns>
    public override string ToString() => $"{Current.Id} matches {Previous.Entry}";
}
