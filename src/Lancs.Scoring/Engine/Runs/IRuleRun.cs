using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runs;

/// <summary>One run of a rule set in either runtime: insert, fire once, then read the facts and their explanations.</summary>
/// <remarks>Both runtimes list the facts of a type in the same order: inserted facts as inserted, then derived facts rule by
/// rule in the batch engine's run order, each rule's in the order of the facts it matched.</remarks>
internal interface IRuleRun
{
    void InsertAll<TFact>(IReadOnlyCollection<TFact> facts)
        where TFact : class;

    void Insert<TFact>(TFact fact)
        where TFact : class;

    void Fire();

    IReadOnlyList<TFact> Query<TFact>();

    Derivation? Explain(object fact);
}
