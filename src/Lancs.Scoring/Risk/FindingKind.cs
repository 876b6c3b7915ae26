using Ardalis.SmartEnum;

namespace Lancs.Scoring.Risk;

/// <summary>The kinds of data-quality finding the register rules report. Findings never stop scoring.</summary>
public sealed class FindingKind : SmartEnum<FindingKind>
{
    /// <summary>A risk's residual above its inherent score, or an opportunity's below (register_rules §3).</summary>
    public static readonly FindingKind ResidualOnWrongSide = new(nameof(ResidualOnWrongSide), 1);

    /// <summary>The owner's stated direction of travel contradicts the score movement (register_rules §5.2).</summary>
    public static readonly FindingKind DirectionContradictsScores = new(nameof(DirectionContradictsScores), 2);

    /// <summary>The stated direction starts with one keyword and qualifies it with another (000:1532, 001:882), or states two directions in words.</summary>
    public static readonly FindingKind MixedStatedDirection = new(nameof(MixedStatedDirection), 3);

    /// <summary>A score that is not a product of the 5x5 matrix; the entry is rejected.</summary>
    public static readonly FindingKind ScoreNotOnMatrix = new(nameof(ScoreNotOnMatrix), 4);

    /// <summary>Two entries of one register share an identification number.</summary>
    public static readonly FindingKind DuplicateId = new(nameof(DuplicateId), 5);

    /// <summary>An entry with no residual assessment; it is judged on its inherent score.</summary>
    public static readonly FindingKind MissingResidual = new(nameof(MissingResidual), 6);

    /// <summary>The same id names a different subject in the previous quarter: the register was likely renumbered (002:264).</summary>
    public static readonly FindingKind LikelyRenumbering = new(nameof(LikelyRenumbering), 7);

    /// <summary>A covering report quotes a residual score that the register table does not show (001:800 against 001:878).</summary>
    public static readonly FindingKind CoveringReportDisagrees = new(nameof(CoveringReportDisagrees), 8);

    /// <summary>An entry on the register that its covering report does not mention (000:1551, C01).</summary>
    public static readonly FindingKind NotInCoveringReport = new(nameof(NotInCoveringReport), 9);

    /// <summary>The previous register given is not from the quarter before, so movements span several quarters.</summary>
    public static readonly FindingKind PreviousQuarterNotAdjacent = new(nameof(PreviousQuarterNotAdjacent), 10);

    /// <summary>An entry continues a previous entry of another id: the register was renumbered (002:264) and lineage matched them.</summary>
    public static readonly FindingKind Renumbered = new(nameof(Renumbered), 11);

    /// <summary>An entry whose residual already meets its target: at or better than it, by the policy's direction semantics.</summary>
    public static readonly FindingKind TargetMet = new(nameof(TargetMet), 12);

    /// <summary>A target on the wrong side of the residual: above it for a risk, below it for an opportunity.</summary>
    public static readonly FindingKind TargetOnWrongSide = new(nameof(TargetOnWrongSide), 13);

    /// <summary>An entry whose residual lies outside the risk appetite the policy states for its kind (<see cref="ScoringPolicy.Appetite"/>).</summary>
    public static readonly FindingKind OutsideAppetite = new(nameof(OutsideAppetite), 14);

    private FindingKind(string name, int value)
        : base(name, value)
    {
    }
}
