using System.Collections.Generic;
using Lancs.Scoring.Engine.Runs;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Risk;

/// <summary>One run: insert the facts, fire the rules, and gather what they derived per entry.</summary>
public sealed partial class RegisterScorer
{
    /// <summary>Re-scores <paramref name="current"/> against <paramref name="previous"/>; <paramref name="predecessors"/> are the
    /// lineage pairs when the caller found them over a larger register (a partitioned run), else they are found here.</summary>
    private RegisterResult Run(Quarter quarter, List<RegisterEntry> current, Quarter previousQuarter, List<RegisterEntry>? previous,
        IEnumerable<CoveringStatement>? statements, List<Rejection> rejections, List<Finding> findings, bool registerFindings = true,
        IReadOnlyList<Predecessor>? predecessors = null)
    {
        var session = _rules.NewRun();
        session.InsertAll(current);
        if (previous is not null)
        {
            CheckQuarters(quarter, previousQuarter);
            session.Insert(new PreviousQuarterGiven(previousQuarter, quarter));
            var wrapped = new List<PreviousQuarterEntry>(previous.Count);
            foreach (var entry in previous)
            {
                wrapped.Add(new PreviousQuarterEntry(entry));
            }

            session.InsertAll(wrapped);
            if (Policy.Matching == PreviousQuarterMatching.ByLineage)
            {
                session.InsertAll(predecessors ?? RegisterLineage.Match(current, previous, Policy));
            }
        }

        if (statements is not null)
        {
            session.InsertAll(new List<CoveringStatement>(statements));
        }

        session.Fire();
        return Gather(session, quarter, rejections, findings, registerFindings);
    }

    /// <summary>Refuses a previous register that is not from before this one: the same register twice, or the quarters swapped,
    /// would give every direction backwards.</summary>
    private static void CheckQuarters(Quarter quarter, Quarter previousQuarter)
    {
        if (previousQuarter.CompareTo(quarter) >= 0)
        {
            throw new PreviousRegisterException(quarter, previousQuarter);
        }
    }

    private RegisterResult Gather(IRuleRun session, Quarter quarter, List<Rejection> rejections, List<Finding> preFindings, bool registerFindings)
    {
        var scoredEntries = session.Query<ScoredEntry>();
        var ordinal = new Dictionary<object, int>(scoredEntries.Count, FactIdentityComparer.Instance);
        for (var k = 0; k < scoredEntries.Count; k++)
        {
            ordinal.Add(scoredEntries[k], k);
        }

        var inclusions = new Inclusion?[scoredEntries.Count];
        foreach (var inclusion in session.Query<Inclusion>())
        {
            inclusions[ordinal[inclusion.Scored]] = inclusion;
        }

        var movements = new ScoreMovement?[scoredEntries.Count];
        foreach (var movement in session.Query<ScoreMovement>())
        {
            movements[ordinal[movement.Scored]] = movement;
        }

        var findingsById = new Dictionary<EntryId, List<Finding>>();
        var findings = new List<Finding>(preFindings);
        foreach (var finding in session.Query<Finding>())
        {
            if (finding.Id is null && !registerFindings)
            {
                continue; // a finding about the whole register, already reported by the first partition
            }

            findings.Add(finding);
            if (finding.Id is { } id)
            {
                if (!findingsById.TryGetValue(id, out var list))
                {
                    findingsById[id] = list = new List<Finding>();
                }

                list.Add(finding);
            }
        }

        var explainer = new SessionExplainer(session);
        var entries = new List<EntryResult>(scoredEntries.Count);
        var register = new List<EntryResult>();
        var inherent = new List<Assessment>(scoredEntries.Count);
        var residual = new List<Assessment>(scoredEntries.Count);
        for (var k = 0; k < scoredEntries.Count; k++)
        {
            var scored = scoredEntries[k];
            var entry = scored.Entry;
            var entryFindings = findingsById.TryGetValue(entry.Id, out var list) ? (IReadOnlyList<Finding>)list : System.Array.Empty<Finding>();
            var inclusion = inclusions[k] ?? throw new System.InvalidOperationException($"{entry}: no inclusion rule decided the entry.");
            var result = new EntryResult(scored, inclusion, movements[k], entryFindings, explainer);
            entries.Add(result);
            if (result.IsOnCorporateRegister)
            {
                register.Add(result);
            }

            inherent.Add(entry.Inherent);
            if (entry.Residual is { } r)
            {
                residual.Add(r);
            }
        }

        return new RegisterResult(quarter, Policy, entries, register, InRegisterOrder(session.Query<RegisterChange>(), entries), findings, rejections,
            HeatMap.Count(inherent), HeatMap.Count(residual));
    }

    /// <summary>Orders changes as the covering reports list them: current entries in register order, then removals.</summary>
    private static List<RegisterChange> InRegisterOrder(IReadOnlyList<RegisterChange> changes, List<EntryResult> entries)
    {
        var position = new Dictionary<EntryId, int>(entries.Count);
        foreach (var entry in entries)
        {
            if (!position.ContainsKey(entry.Entry.Id))
            {
                position.Add(entry.Entry.Id, entry.Entry.Position);
            }
        }

        var ordered = new List<(int Position, int Arrival, RegisterChange Change)>(changes.Count);
        for (var i = 0; i < changes.Count; i++)
        {
            ordered.Add((position.TryGetValue(changes[i].Id, out var p) ? p : int.MaxValue, i, changes[i]));
        }

        ordered.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Arrival.CompareTo(b.Arrival));
        return ordered.ConvertAll(o => o.Change);
    }
}
