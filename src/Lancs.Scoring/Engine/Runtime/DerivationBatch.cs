namespace Lancs.Scoring.Engine.Runtime;

/// <summary>Where derived facts came from: one rule's matched rows, with the derivation number of the first row.</summary>
/// <remarks>Row <c>r</c> of the batch is derivation <c>First + r</c>. One record per rule run rather than one per
/// activation keeps a bulk run from allocating (and copying, as the list grows) a record for every derived fact.</remarks>
internal readonly struct DerivationBatch
{
    public DerivationBatch(CompiledRule rule, RowBuffer rows, int first)
    {
        Rule = rule;
        Rows = rows;
        First = first;
    }

    public CompiledRule Rule { get; }

    public RowBuffer Rows { get; }

    /// <summary>Gets the derivation number of the batch's first row.</summary>
    public int First { get; }
}
