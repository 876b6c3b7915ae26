namespace Lancs.Scoring.Engine;

/// <summary>A rule whose citation depends on how it was made: a rule built for a changed policy must not quote the
/// paper's published value.</summary>
/// <remarks><see cref="RuleDefinitions.Create(NRules.Fluent.Dsl.Rule)"/> takes <see cref="Citation"/> instead of the
/// class's <see cref="PolicyAttribute"/>, which stays on the class as the citation of the published policy.</remarks>
public interface ICitedRule
{
    /// <summary>Gets the citation of the policy in force for this instance.</summary>
    string Citation { get; }
}
