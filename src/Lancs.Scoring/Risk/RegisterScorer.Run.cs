using System.Collections.Generic;
using Lancs.Scoring.Engine.Runs;

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
            session.InsertAll(new ProjectedFacts<RegisterEntry, PreviousQuarterEntry>(previous, static entry => new PreviousQuarterEntry(entry)));
            if (Policy.Matching == PreviousQuarterMatching.ByLineage)
            {
                session.InsertAll(predecessors ?? (IReadOnlyCollection<Predecessor>)new ProjectedFacts<(int Current, int Previous, double Similarity), Predecessor>(
                    RegisterLineage.Pairs(current, previous, Policy), pair => new Predecessor(current[pair.Current], previous[pair.Previous], pair.Similarity)));
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
        // Both runtimes list a rule's facts in the order of the facts they came from, rule after rule (docs/engine.md), so
        // the inclusions (one rule) come in the scored entries' order and the movements (several rules) in a few runs of it:
        // each is placed by walking the lists in step, starting again from the top when a new rule's run begins, with no
        // dictionary of a million entries and no fact changed after the run.
        var scoredEntries = session.Query<ScoredEntry>();
        var count = scoredEntries.Count;
        var inclusions = new Inclusion?[count];
        var onRegister = 0;
        var cursor = 0;
        foreach (var inclusion in session.Query<Inclusion>())
        {
            cursor = InStep(scoredEntries, inclusion.Scored, cursor);
            inclusions[cursor++] = inclusion;
            onRegister += inclusion.IsOnCorporateRegister ? 1 : 0;
        }

        var movements = new ScoreMovement?[count];
        cursor = 0;
        foreach (var movement in session.Query<ScoreMovement>())
        {
            cursor = InStep(scoredEntries, movement.Scored, cursor);
            movements[cursor++] = movement;
        }

        var ids = new IdIndex(scoredEntries);
        var entryFindings = FindingsByEntry(session.Query<Finding>(), preFindings, registerFindings, ids, count, out var findings);
        var explainer = new SessionExplainer(session);
        var entries = new List<EntryResult>(count);
        var register = new List<EntryResult>(onRegister);
        var inherent = new HeatMap.Tally();
        var residual = new HeatMap.Tally();
        for (var k = 0; k < count; k++)
        {
            var scored = scoredEntries[k];
            var entry = scored.Entry;
            var inclusion = inclusions[k] ?? throw new System.InvalidOperationException($"{entry}: no inclusion rule decided the entry.");
            var result = new EntryResult(inclusion, movements[k], entryFindings[ids.FirstWithIdOf(k)] ?? (IReadOnlyList<Finding>)System.Array.Empty<Finding>(), explainer);
            entries.Add(result);
            if (inclusion.IsOnCorporateRegister)
            {
                register.Add(result);
            }

            inherent.Add(entry.Inherent);
            if (entry.Residual is { } r)
            {
                residual.Add(r);
            }
        }

        return new RegisterResult(quarter, Policy, entries, register, InRegisterOrder(session.Query<RegisterChange>(), ids, scoredEntries), findings, rejections,
            inherent.ToHeatMap(), residual.ToHeatMap());
    }

    /// <summary>Returns the position of the scored entry a derived fact came from, looking from <paramref name="from"/> on
    /// and then, for the first fact of another rule's run, from the top.</summary>
    private static int InStep(IReadOnlyList<ScoredEntry> scoredEntries, ScoredEntry scored, int from)
    {
        for (var k = from; k < scoredEntries.Count; k++)
        {
            if (ReferenceEquals(scoredEntries[k], scored))
            {
                return k;
            }
        }

        for (var k = 0; k < from && k < scoredEntries.Count; k++)
        {
            if (ReferenceEquals(scoredEntries[k], scored))
            {
                return k;
            }
        }

        throw new System.InvalidOperationException($"{scored}: a fact derived from a scored entry this run did not score.");
    }

    /// <summary>Groups the findings about entries by the first entry of their id (entries that share an id share its findings,
    /// as the rules report them), each group in arrival order, in exactly sized arrays; <paramref name="findings"/> gets every
    /// finding of the run after <paramref name="preFindings"/>.</summary>
    private static Finding[]?[] FindingsByEntry(IReadOnlyList<Finding> derived, List<Finding> preFindings, bool registerFindings, IdIndex ids, int count,
        out List<Finding> findings)
    {
        findings = new List<Finding>(preFindings.Count + derived.Count);
        findings.AddRange(preFindings);
        var groupOf = new int[derived.Count];
        var sizes = new int[count];
        for (var f = 0; f < derived.Count; f++)
        {
            var finding = derived[f];
            groupOf[f] = -1;
            if (finding.Id is null && !registerFindings)
            {
                continue; // a finding about the whole register, already reported by the first partition
            }

            findings.Add(finding);
            if (finding.Id is { } id && ids.FirstWithId(id) is var first and >= 0)
            {
                groupOf[f] = first;
                sizes[first]++;
            }
        }

        var groups = new Finding[]?[count];
        for (var f = 0; f < derived.Count; f++)
        {
            if (groupOf[f] is var first and >= 0)
            {
                var group = groups[first] ??= new Finding[sizes[first]];
                group[group.Length - sizes[first]--] = derived[f];
            }
        }

        return groups;
    }

    /// <summary>Orders changes as the covering reports list them: current entries in register order, then removals; changes
    /// of one position keep their arrival order.</summary>
    private static List<RegisterChange> InRegisterOrder(IReadOnlyList<RegisterChange> changes, IdIndex ids, IReadOnlyList<ScoredEntry> scoredEntries)
    {
        // One sort of plain 64-bit keys: the position in the high half, the arrival in the low half (a stable order).
        var keys = new long[changes.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var first = ids.FirstWithId(changes[i].Id);
            long position = first >= 0 ? scoredEntries[first].Entry.Position : int.MaxValue;
            keys[i] = (position << 32) | (uint)i;
        }

        System.Array.Sort(keys);
        var ordered = new List<RegisterChange>(keys.Length);
        foreach (var key in keys)
        {
            ordered.Add(changes[unchecked((int)(uint)key)]);
        }

        return ordered;
    }
}
