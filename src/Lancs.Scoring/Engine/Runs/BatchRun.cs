using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runs;

/// <summary>A run in the batch engine: a <see cref="BatchSession"/>, whose lists are already in the canonical order.</summary>
internal sealed class BatchRun : IRuleRun
{
    private readonly BatchSession _session;

    public BatchRun(BatchSession session)
    {
        _session = session;
    }

    public void InsertAll<TFact>(IReadOnlyCollection<TFact> facts)
        where TFact : class => _session.InsertAll(facts);

    public void Insert<TFact>(TFact fact)
        where TFact : class => _session.Insert(fact);

    public void Fire() => _session.Fire();

    public IReadOnlyList<TFact> Query<TFact>() => _session.Query<TFact>();

    public Derivation? Explain(object fact) => _session.Explain(fact);
}
