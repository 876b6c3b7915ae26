namespace Lancs.Scoring.Risk;

/// <summary>A data-quality finding: something in the register that a council officer should look at. It never stops scoring.</summary>
public sealed class Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="id">The entry concerned, or <see langword="null"/> for the register as a whole.</param>
    /// <param name="kind">The kind of finding.</param>
    /// <param name="message">What was found, as a sentence naming the entry and the values.</param>
    public Finding(EntryId? id, FindingKind kind, string message)
    {
        Id = id;
        Kind = Guard.NotNull(kind);
        Message = Guard.NotEmpty(message);
    }

    /// <summary>Gets the entry concerned, or <see langword="null"/> for the register as a whole.</summary>
    public EntryId? Id { get; }

    /// <summary>Gets the kind of finding.</summary>
    public FindingKind Kind { get; }

    /// <summary>Gets what was found.</summary>
    public string Message { get; }

    /// <summary>Returns "Kind: message".</summary>
    /// <returns>The finding in one line.</returns>
    public override string ToString() => $"{Kind}: {Message}";
}
