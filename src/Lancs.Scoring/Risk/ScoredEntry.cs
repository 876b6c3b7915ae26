namespace Lancs.Scoring.Risk;

/// <summary>A fact the rules derive: an entry of this quarter with its inherent and residual scores.</summary>
public sealed class ScoredEntry
{
    internal ScoredEntry(RegisterEntry entry, bool higherIsBetter)
    {
        Entry = entry;
        HigherIsBetter = higherIsBetter;
    }

    /// <summary>Gets the entry.</summary>
    public RegisterEntry Entry { get; }


    /// <summary>Gets whether a higher score is good news for this entry, by the policy's direction semantics for its kind.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>Gets the entry's id.</summary>
    public EntryId Id => Entry.Id;

    /// <summary>Gets the inherent score: before mitigating (or maximising) actions.</summary>
    public RiskScore Inherent => Entry.Inherent.Score;

    /// <summary>Gets the residual score, or <see langword="null"/> when the paper gives none.</summary>
    public RiskScore? Residual => Entry.Residual?.Score;

    /// <summary>Gets the score the register is judged on: the residual, or the inherent when there is no residual.</summary>
    public RiskScore Judged => Entry.JudgedScore;

    /// <summary>Gets whether the actions made the score worse: by the published semantics, a risk's residual above its
    /// inherent score (mitigation should not raise a risk), or an opportunity's below it (maximising actions raise it, 001:806).</summary>
    public bool IsResidualOnWrongSide => Residual is { } residual &&
        (HigherIsBetter ? residual < Inherent : residual > Inherent);

    /// <summary>Gets the target score, or <see langword="null"/> when none is given.</summary>
    public RiskScore? Target => Entry.Target?.Score;

    /// <summary>Gets whether the residual already meets the target: at or below it for an entry whose lower score is better
    /// (a risk), at or above it for one whose higher score is better (an opportunity). <see langword="false"/> without
    /// a residual or a target.</summary>
    public bool IsTargetMet => Residual is { } residual && Target is { } target &&
        (HigherIsBetter ? residual >= target : residual <= target);

    /// <summary>Gets whether the target sits on the wrong side of the residual: above it for a risk (a target the entry has
    /// already passed), below it for an opportunity. <see langword="false"/> without a residual or a target.</summary>
    public bool IsTargetOnWrongSide => Residual is { } residual && Target is { } target &&
        (HigherIsBetter ? target < residual : target > residual);

    /// <summary>Returns "CR1 scored 25 / 16".</summary>
    /// <returns>The entry and its scores.</returns>
    public override string ToString() =>
        $"{Entry.Id} scored {Inherent} / {(Residual is { } r ? r.ToString() : "no residual")}";
}
