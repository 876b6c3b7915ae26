namespace Lancs.Scoring.Risk;

/// <summary>A fact the rules derive: an entry of this quarter with its inherent and residual scores.</summary>
public sealed class ScoredEntry
{
    internal ScoredEntry(RegisterEntry entry)
    {
        Entry = entry;
    }

    /// <summary>Gets the entry.</summary>
    public RegisterEntry Entry { get; }

    /// <summary>Gets the entry's id.</summary>
    public EntryId Id => Entry.Id;

    /// <summary>Gets the inherent score: before mitigating (or maximising) actions.</summary>
    public RiskScore Inherent => Entry.Inherent.Score;

    /// <summary>Gets the residual score, or <see langword="null"/> when the paper gives none.</summary>
    public RiskScore? Residual => Entry.Residual?.Score;

    /// <summary>Gets the score the register is judged on: the residual, or the inherent when there is no residual.</summary>
    public RiskScore Judged => Entry.JudgedScore;

    /// <summary>Gets whether the residual sits on the wrong side of the inherent score for the entry's kind: above it for a
    /// risk (mitigation should not raise a risk), below it for an opportunity (maximising actions raise it, 001:806).</summary>
    public bool IsResidualOnWrongSide => Residual is { } residual &&
        (Entry.Kind.HigherIsBetter ? residual < Inherent : residual > Inherent);

    /// <summary>Returns "CR1 scored 25 / 16".</summary>
    /// <returns>The entry and its scores.</returns>
    public override string ToString() =>
        $"{Entry.Id} scored {Inherent} / {(Residual is { } r ? r.ToString() : "no residual")}";
}
