namespace Lancs.Scoring.Risk;

/// <summary>A fact the rules derive: whether an entry is on the corporate register this quarter, and why.</summary>
public sealed class Inclusion
{
    private string? _reason;

    internal Inclusion(RegisterEntry entry, bool isOnCorporateRegister, ScoringPolicy policy)
    {
        Entry = entry;
        IsOnCorporateRegister = isOnCorporateRegister;
        Policy = policy;
    }

    /// <summary>Gets the entry.</summary>
    public RegisterEntry Entry { get; }

    /// <summary>Gets whether the entry stays on (or joins) the corporate register.</summary>
    public bool IsOnCorporateRegister { get; }

    /// <summary>Gets why, as a sentence with the score and the threshold (written when first read).</summary>
    public string Reason => _reason ??= Findings.InclusionReason(this);

    /// <summary>Gets the policy that gave the threshold and the registers' names.</summary>
    internal ScoringPolicy Policy { get; }

    /// <summary>Returns "CR1: reason".</summary>
    /// <returns>The decision.</returns>
    public override string ToString() => $"{Entry.Id}: {Reason}";
}
