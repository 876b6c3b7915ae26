using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>Reports a new entry on the corporate register.</summary>
[Name("Added to register")]
[Description("Reports an entry on the corporate register that had no match in the previous quarter's register as added.")]
[Priority(50)]
[Tag("RegisterChanges")]
[Policy("000:1484 'the residual score remains above 12 so it has been added to the register'")]
public sealed class AddedToRegisterRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Inclusion inclusion = null!;
        When()
            .Match(() => inclusion, i => i.IsOnCorporateRegister)
            .Exists<PreviousQuarterGiven>()
            .Not<PreviousMatch>(m => m.Current.Entry == inclusion.Entry);
        Then().Yield(_ => Findings.Added(inclusion));
    }
}
