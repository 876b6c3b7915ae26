using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports entries of one register that share an identification number.</summary>
[Name("Duplicate identification number")]
[Description("Reports each entry whose identification number is also used by another entry of the same register.")]
[Priority(60)]
[Tag("DataQuality")]
[Policy("001:746-906 each entry has its own Risk Identification Number (RIN); new entries take the next free number (001:813-815)")]
public sealed class DuplicateIdRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ScoredEntry scored = null!;
        When()
            .Match(() => scored)
            .Exists<ScoredEntry>(o => o.Id == scored.Id, o => o != scored);
        Then().Yield(_ => Findings.DuplicateId(scored));
    }
}
