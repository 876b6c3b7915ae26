using System.Collections.Generic;
using Lancs.Scoring.Engine.Runs;

namespace Lancs.Scoring.Risk;

/// <summary>Explains entries from the derivations a register session recorded.</summary>
/// <threadsafety static="true" instance="true">Explanations may be read from several threads; a session is single-threaded,
/// so every read of it is taken under a lock.</threadsafety>
internal sealed class SessionExplainer : IEntryExplainer
{
    private readonly IRuleRun _session;
    private Dictionary<EntryId, List<RegisterChange>>? _changesById;

    public SessionExplainer(IRuleRun session)
    {
        _session = session;
    }

    public IReadOnlyList<ExplanationStep> Explain(EntryResult entry)
    {
        var sentences = new List<ExplanationStep>();
        lock (_session)
        {
            Add(sentences, entry.Scored);
            Add(sentences, entry.Inclusion);
            if (entry.Movement is not null)
            {
                Add(sentences, entry.Movement);
            }

            if (ChangesById().TryGetValue(entry.Entry.Id, out var changes))
            {
                foreach (var change in changes)
                {
                    Add(sentences, change);
                }
            }

            foreach (var finding in entry.Findings)
            {
                Add(sentences, finding);
            }
        }

        return sentences;
    }

    /// <summary>The changes by entry id, gathered on the first explanation so that reading every explanation stays linear.</summary>
    private Dictionary<EntryId, List<RegisterChange>> ChangesById()
    {
        if (_changesById is null)
        {
            var changes = _session.Query<RegisterChange>();
            _changesById = new Dictionary<EntryId, List<RegisterChange>>();
            foreach (var change in changes)
            {
                if (!_changesById.TryGetValue(change.Id, out var list))
                {
                    _changesById.Add(change.Id, list = new List<RegisterChange>(1));
                }

                list.Add(change);
            }
        }

        return _changesById;
    }

    private void Add(List<ExplanationStep> steps, object fact)
    {
        if (_session.Explain(fact) is { } derivation)
        {
            steps.Add(ExplanationStep.From(derivation, RegisterFacts.IdOf));
        }
    }
}
