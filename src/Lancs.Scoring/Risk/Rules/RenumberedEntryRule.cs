using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports an entry matched with a previous entry of another id: a renumbering, naming both ids.</summary>
[Name("Renumbered entry")]
[Description("Reports an entry whose predecessor in the previous quarter had another identification number, naming both.")]
[Priority(60)]
[Tag("DataQuality")]
[Tag("DirectionOfTravel")]
[Policy("002:264 'a full review' renumbered the register from CR1 without printing the old numbers; register_rules §10.2")]
public sealed class RenumberedEntryRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        PreviousMatch match = null!;
        When().Match(() => match, m => m.IsRenumbered);
        Then().Yield(_ => Findings.Renumbered(match));
    }
}
