namespace Lancs.Scoring.Risk;

/// <summary>What a register's covering report says about one entry, so the rules can check the report against the table.</summary>
public sealed class CoveringStatement
{
    /// <summary>Creates a statement.</summary>
    /// <param name="id">The entry the report names.</param>
    /// <param name="change">What the report says happened to it.</param>
    /// <param name="statedResidual">The residual score the report quotes, if any.</param>
    /// <param name="source">Where the report says it, for example "001:800".</param>
    public CoveringStatement(EntryId id, RegisterChangeKind change, int? statedResidual, string source)
    {
        Id = Guard.NotNull(id);
        Change = Guard.NotNull(change);
        StatedResidual = statedResidual;
        Source = Guard.NotNull(source);
    }

    /// <summary>Gets the entry the report names.</summary>
    public EntryId Id { get; }

    /// <summary>Gets what the report says happened to the entry.</summary>
    public RegisterChangeKind Change { get; }

    /// <summary>Gets the residual score the report quotes, or <see langword="null"/>.</summary>
    public int? StatedResidual { get; }

    /// <summary>Gets where the report says it.</summary>
    public string Source { get; }

    /// <summary>Returns "CR15 Remains (residual 16) at 001:800".</summary>
    /// <returns>The statement in one line.</returns>
    public override string ToString() =>
        StatedResidual is { } r ? $"{Id} {Change} (residual {r}) at {Source}" : $"{Id} {Change} at {Source}";
}
