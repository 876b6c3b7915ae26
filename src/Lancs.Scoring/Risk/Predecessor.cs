namespace Lancs.Scoring.Risk;

/// <summary>A fact: the entry of the previous quarter's register that an entry of this quarter continues, by lineage.</summary>
/// <remarks>Made by <see cref="RegisterLineage.Match"/> before the rules fire, when the policy matches
/// <see cref="PreviousQuarterMatching.ByLineage"/>; the rule <c>Match previous quarter by lineage</c> pairs the entries
/// through it.</remarks>
public sealed class Predecessor
{
    /// <summary>Creates the fact.</summary>
    /// <param name="current">This quarter's entry.</param>
    /// <param name="previous">The previous quarter's entry it continues.</param>
    /// <param name="similarity">How alike their descriptions are, 0 to 1.</param>
    public Predecessor(RegisterEntry current, RegisterEntry previous, double similarity)
    {
        Current = Guard.NotNull(current);
        Previous = Guard.NotNull(previous);
        Similarity = similarity;
    }

    /// <summary>Gets this quarter's entry.</summary>
    public RegisterEntry Current { get; }

    /// <summary>Gets the previous quarter's entry it continues.</summary>
    public RegisterEntry Previous { get; }

    /// <summary>Gets how alike their descriptions are: the share of the shorter description's subject words the other has.</summary>
    public double Similarity { get; }

    /// <summary>Gets whether the entry continues a previous entry of another id: a renumbering.</summary>
    public bool IsRenumbered => !Current.Id.Equals(Previous.Id);

    /// <summary>Returns "CR2 continues CR5 (Q2 2017/18)".</summary>
    /// <returns>The pair.</returns>
    public override string ToString() => $"{Current.Id} continues {Previous}";
}
