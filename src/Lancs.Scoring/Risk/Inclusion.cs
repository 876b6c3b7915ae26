namespace Lancs.Scoring.Risk;

/// <summary>A fact the rules derive: whether an entry is on the corporate register this quarter, and why.</summary>
public sealed class Inclusion
{
    internal Inclusion(RegisterEntry entry, bool isOnCorporateRegister, string reason)
    {
        Entry = entry;
        IsOnCorporateRegister = isOnCorporateRegister;
        Reason = reason;
    }

    /// <summary>Gets the entry.</summary>
    public RegisterEntry Entry { get; }

    /// <summary>Gets whether the entry stays on (or joins) the corporate register.</summary>
    public bool IsOnCorporateRegister { get; }

    /// <summary>Gets why, as a sentence with the score and the threshold.</summary>
    public string Reason { get; }

    /// <summary>Returns "CR1: reason".</summary>
    /// <returns>The decision.</returns>
    public override string ToString() => $"{Entry.Id}: {Reason}";
}
