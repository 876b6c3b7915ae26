namespace Lancs.Scoring.Engine;

/// <summary>A rule whose description depends on how it was made: the threshold of the policy it was given, say.</summary>
/// <remarks>NRules' <c>[Description]</c> attribute is fixed at compile time; a rule that takes its policy through its
/// constructor implements this instead, and <see cref="RuleDefinitions.Create(NRules.Fluent.Dsl.Rule)"/> writes the
/// description into the rule definition.</remarks>
public interface IDescribedRule
{
    /// <summary>Gets what the rule does, in a sentence, for the instance at hand.</summary>
    string Description { get; }
}
