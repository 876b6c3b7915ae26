namespace Lancs.Scoring.Risk;

/// <summary>How an entry is matched with the same entry in the previous quarter's register.</summary>
/// <remarks>Identification numbers were reused when the register was renumbered at Q1 2018/19 (002:264): CR1 names a
/// different risk before and after. Matching by id alone is right within one numbering; matching by id and
/// description refuses to pair entries whose descriptions differ.</remarks>
public enum PreviousQuarterMatching
{
    /// <summary>Same identification number (after normalising C01 to CO1). A likely renumbering is still reported.</summary>
    ById = 0,

    /// <summary>Same identification number and a similar description (see <see cref="ScoringPolicy.DescriptionSimilarity"/>).</summary>
    ByIdAndDescription = 1,
}
