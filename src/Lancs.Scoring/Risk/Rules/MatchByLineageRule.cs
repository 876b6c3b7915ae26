using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Pairs each entry with its predecessor by lineage: the same subject, under its old number or a new one.</summary>
[Name("Match previous quarter by lineage")]
[Description("Pairs each entry with its predecessor in the previous quarter's register by subject: its own id's entry when the descriptions agree, otherwise the most similar previous entry of the same kind, one to one.")]
[Priority(80)]
[Tag("Register")]
[Tag("DirectionOfTravel")]
[Policy("002:264 the register was renumbered after 'a full review' at Q1 2018/19; register_rules §10.2 traces the subjects across it (CR5 became CR2, CO5 became CO2)")]
public sealed class MatchByLineageRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry current = null!;
        Predecessor predecessor = null!;
        PreviousQuarterEntry previous = null!;
        When()
            .Match(() => current)
            .Match(() => predecessor, p => p.Current == current.Entry)
            .Match(() => previous, p => p.Entry == predecessor.Previous);
        Then().Yield(_ => new PreviousMatch(current, previous));
    }
}
