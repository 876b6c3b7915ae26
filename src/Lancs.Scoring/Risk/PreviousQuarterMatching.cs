namespace Lancs.Scoring.Risk;

/// <summary>How an entry is matched with its predecessor in the previous quarter's register.</summary>
/// <remarks>Identification numbers were reused when the register was renumbered at Q1 2018/19 (002:264): CR1 names a
/// different risk before and after, and the subjects moved to new numbers (CR5's children's safeguarding became CR2).
/// Matching by id alone is right only within one numbering; matching by lineage follows the subject.</remarks>
public enum PreviousQuarterMatching
{
    /// <summary>Same identification number (after normalising C01 to CO1). A likely renumbering is still reported.</summary>
    ById = 0,

    /// <summary>Same identification number and a similar description (see <see cref="ScoringPolicy.DescriptionSimilarity"/>).</summary>
    ByIdAndDescription = 1,

    /// <summary>The default. An entry keeps its id's predecessor when their subjects agree (a similar description); otherwise
    /// its predecessor is the previous entry of the same kind with the most similar description at or above
    /// <see cref="ScoringPolicy.DescriptionSimilarity"/>, one to one, best pairs first (<see cref="RegisterLineage"/>);
    /// no predecessor means New.</summary>
    ByLineage = 2,
}
