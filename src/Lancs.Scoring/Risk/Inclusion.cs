namespace Lancs.Scoring.Risk;

/// <summary>A fact the rules derive: whether an entry is on the corporate register this quarter, and why.</summary>
public sealed class Inclusion
{
    internal Inclusion(ScoredEntry scored, bool isOnCorporateRegister, ScoringPolicy policy)
    {
        Scored = scored;
        IsOnCorporateRegister = isOnCorporateRegister;
        Policy = policy;
    }

    /// <summary>Gets the entry.</summary>
    public RegisterEntry Entry => Scored.Entry;

    /// <summary>Gets whether the entry stays on (or joins) the corporate register.</summary>
    public bool IsOnCorporateRegister { get; }

    /// <summary>Gets why, as a sentence with the score and the threshold: the policy's own sentence for the judged score,
    /// written when first read and shared by every entry of that score (no field per inclusion).</summary>
    public string Reason => Findings.InclusionReason(this);

    /// <summary>Gets the scored entry the decision is about.</summary>
    internal ScoredEntry Scored { get; }

    /// <summary>Gets the policy that gave the threshold and the registers' names.</summary>
    internal ScoringPolicy Policy { get; }

    /// <summary>Returns "CR1: reason".</summary>
    /// <returns>The decision.</returns>
    public override string ToString() => $"{Entry.Id}: {Reason}";
}
