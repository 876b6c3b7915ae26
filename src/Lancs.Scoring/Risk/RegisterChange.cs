namespace Lancs.Scoring.Risk;

/// <summary>A change to the corporate register between the previous quarter and this one, with its reason.</summary>
public sealed class RegisterChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="id">The entry.</param>
    /// <param name="kind">Added, removed, remains or rescored.</param>
    /// <param name="reason">Why, as a sentence with the scores.</param>
    public RegisterChange(EntryId id, RegisterChangeKind kind, string reason)
    {
        Id = Guard.NotNull(id);
        Kind = Guard.NotNull(kind);
        Reason = Guard.NotEmpty(reason);
    }

    /// <summary>Gets the entry.</summary>
    public EntryId Id { get; }

    /// <summary>Gets the kind of change.</summary>
    public RegisterChangeKind Kind { get; }

    /// <summary>Gets why.</summary>
    public string Reason { get; }

    /// <summary>Returns "CR1 Remains: reason".</summary>
    /// <returns>The change in one line.</returns>
    public override string ToString() => $"{Id} {Kind}: {Reason}";
}
