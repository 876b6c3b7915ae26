namespace Lancs.Scoring.Risk;

/// <summary>A fact: an entry of the previous quarter's register, kept apart from this quarter's entries.</summary>
public sealed class PreviousQuarterEntry
{
    /// <summary>Wraps an entry of the previous register, so the rules tell it from this quarter's entries.</summary>
    /// <param name="entry">The entry as it stood in the previous quarter.</param>
    public PreviousQuarterEntry(RegisterEntry entry)
    {
        Entry = Guard.NotNull(entry);
    }

    /// <summary>Gets the entry as it stood in the previous quarter.</summary>
    public RegisterEntry Entry { get; }

    /// <summary>Gets the entry's id.</summary>
    public EntryId Id => Entry.Id;

    /// <summary>Gets the score it was judged on then.</summary>
    public RiskScore Judged => Entry.JudgedScore;

    /// <summary>Returns "CR1 (Q1 2016/17), residual 16".</summary>
    /// <returns>The entry and its score.</returns>
    public override string ToString() => $"{Entry}, residual {Judged}";
}
