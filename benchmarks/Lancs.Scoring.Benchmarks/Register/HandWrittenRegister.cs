using System;
using System.Collections.Generic;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register;

/// <summary>The register re-score written by hand in plain C#: the baseline the rules are measured against.</summary>
/// <remarks>It does the rules' work, no less: scores, inclusion with its reason, the previous-quarter join by id, direction,
/// every finding and change with the same wording (the shared <c>Findings</c> helpers), per-entry results with a lazy
/// explanation, and the heat maps. Covering-report statements are not benchmarked and not handled here. Written as a good
/// engineer would for speed: one dictionary of chain heads over the previous quarter and one of id counts, the lineage
/// pairs walked alongside the entries, one loop over the entries with a reused scratch list of findings (exact arrays in
/// the results), heat maps counted in the same loop (docs/benchmarks.md, "The hand-written baseline").</remarks>
public static class HandWrittenRegister
{
    /// <summary>Re-scores <paramref name="current"/> against <paramref name="previous"/> as the rules do.</summary>
    public static RegisterResult Rescore(ScoringPolicy policy, Quarter quarter, IReadOnlyList<RegisterEntry> current,
        Quarter previousQuarter, IReadOnlyList<RegisterEntry>? previous)
    {
        var findings = new List<Finding>();
        var changes = new List<RegisterChange>();
        var given = previous is null ? null : new PreviousQuarterGiven(previousQuarter, quarter);
        if (given is { IsAdjacent: false })
        {
            findings.Add(Findings.PreviousQuarterNotAdjacent(given));
        }

        // The previous quarter indexed by id; ids may repeat, so equal ids are chained in arrival order.
        var previousEntries = new PreviousQuarterEntry[previous?.Count ?? 0];
        var next = new int[previousEntries.Length];
        var matched = new bool[previousEntries.Length];
        var heads = new Dictionary<EntryId, int>(previousEntries.Length);
        for (var p = previousEntries.Length - 1; p >= 0; p--)
        {
            previousEntries[p] = new PreviousQuarterEntry(previous![p]);
            next[p] = heads.TryGetValue(previous[p].Id, out var head) ? head : -1;
            heads[previous[p].Id] = p;
        }

        // Matching by lineage pairs entries by subject across a renumbering; the pairs come from the same matcher the scorer
        // uses, in the order of the current entries, so they are walked alongside them. A predecessor is found among the
        // previous entries of its own id (the normal case) and only a renumbered one through a dictionary, built if needed.
        IReadOnlyList<Predecessor>? lineage = null;
        Dictionary<RegisterEntry, int>? renumbered = null;
        if (previous is not null && policy.Matching == PreviousQuarterMatching.ByLineage)
        {
            lineage = RegisterLineage.Match(current, previous, policy);
        }

        int PositionOf(RegisterEntry previousEntry)
        {
            for (var p = heads.TryGetValue(previousEntry.Id, out var head) ? head : -1; p >= 0; p = next[p])
            {
                if (ReferenceEquals(previous![p], previousEntry))
                {
                    return p;
                }
            }

            if (renumbered is null)
            {
                renumbered = new Dictionary<RegisterEntry, int>(previous!.Count, ReferenceEqualityComparer.Instance);
                for (var p = 0; p < previous.Count; p++)
                {
                    renumbered.Add(previous[p], p);
                }
            }

            return renumbered[previousEntry];
        }

        var idCounts = new Dictionary<EntryId, int>(current.Count);
        foreach (var entry in current)
        {
            idCounts[entry.Id] = idCounts.TryGetValue(entry.Id, out var n) ? n + 1 : 1;
        }

        var entries = new List<EntryResult>(current.Count);
        var register = new List<EntryResult>(current.Count);
        var matches = new List<PreviousMatch>();
        var sharedFindings = new Dictionary<EntryId, List<Finding>>();
        var entryFindings = new List<Finding>();
        var inherent = new HeatMap.Tally();
        var residual = new HeatMap.Tally();
        var nextPredecessor = 0;
        foreach (var entry in current)
        {
            var scored = new ScoredEntry(entry, policy.HigherIsBetter(entry.Kind));
            var duplicated = idCounts[entry.Id] > 1;
            entryFindings.Clear();
            var included = policy.Includes(scored.Judged);
            var inclusion = new Inclusion(scored, included, policy);

            matches.Clear();
            if (lineage is not null && nextPredecessor < lineage.Count && ReferenceEquals(lineage[nextPredecessor].Current, entry))
            {
                var predecessor = PositionOf(lineage[nextPredecessor++].Previous);
                matches.Add(new PreviousMatch(scored, previousEntries[predecessor]));
                matched[predecessor] = true;
            }

            for (var p = heads.TryGetValue(entry.Id, out var head) ? head : -1; p >= 0; p = next[p])
            {
                var candidate = previousEntries[p];
                if (lineage is null && (policy.Matching == PreviousQuarterMatching.ById || policy.IsSameSubject(candidate.Entry.Description, entry.Description)))
                {
                    matches.Add(new PreviousMatch(scored, candidate));
                    matched[p] = true;
                }

                if (!policy.IsSameSubject(candidate.Entry.Description, entry.Description))
                {
                    entryFindings.Add(Findings.LikelyRenumbering(scored, candidate));
                }
            }

            ScoreMovement? movement = given is not null && matches.Count == 0 ? ScoreMovement.New(scored) : null;
            foreach (var match in matches)
            {
                movement = ScoreMovement.Of(match);
                if (movement.Entry.StatedDirection.Normalised is { } stated && stated != movement.Direction)
                {
                    entryFindings.Add(Findings.DirectionContradicts(movement));
                }
            }

            foreach (var match in matches)
            {
                if (match.IsRenumbered)
                {
                    entryFindings.Add(Findings.Renumbered(match));
                }
            }

            if (entry.StatedDirection.IsMixed)
            {
                entryFindings.Add(Findings.MixedStatedDirection(scored));
            }

            if (scored.IsResidualOnWrongSide)
            {
                entryFindings.Add(Findings.ResidualOnWrongSide(scored));
            }

            if (scored.Residual is null)
            {
                entryFindings.Add(Findings.MissingResidual(scored));
            }

            if (duplicated)
            {
                entryFindings.Add(Findings.DuplicateId(scored));
            }

            AddChanges(policy, changes, inclusion, given is not null, matches);
            findings.AddRange(entryFindings);
            IReadOnlyList<Finding> list = entryFindings.Count == 0 ? Array.Empty<Finding>() : entryFindings.ToArray();
            if (duplicated)
            {
                // Findings belong to an id: entries that share one share its findings, as the rules report them.
                if (!sharedFindings.TryGetValue(entry.Id, out var shared))
                {
                    sharedFindings.Add(entry.Id, shared = new List<Finding>());
                }

                shared.AddRange(entryFindings);
                list = shared;
            }
            var result = new EntryResult(inclusion, movement, list, Explainer.Instance);
            entries.Add(result);
            if (included)
            {
                register.Add(result);
            }

            inherent.Add(entry.Inherent);
            if (entry.Residual is { } r)
            {
                residual.Add(r);
            }
        }

        for (var p = 0; p < previousEntries.Length; p++)
        {
            if (!matched[p] && policy.Includes(previousEntries[p].Judged))
            {
                changes.Add(Findings.RemovedWithoutReason(previousEntries[p]));
            }
        }

        return new RegisterResult(quarter, policy, entries, register, changes, findings, Array.Empty<Rejection>(),
            inherent.ToHeatMap(), residual.ToHeatMap());
    }

    private static void AddChanges(ScoringPolicy policy, List<RegisterChange> changes, Inclusion inclusion, bool previousGiven, List<PreviousMatch> matches)
    {
        if (inclusion.IsOnCorporateRegister && previousGiven && matches.Count == 0)
        {
            changes.Add(Findings.Added(inclusion));
        }

        foreach (var match in matches)
        {
            var wasIncluded = policy.Includes(match.Previous.Judged);
            if (inclusion.IsOnCorporateRegister)
            {
                changes.Add(wasIncluded ? Findings.Remains(inclusion, match) : Findings.Returned(inclusion, match));
            }
            else if (wasIncluded)
            {
                changes.Add(Findings.RemovedBelowThreshold(inclusion, match));
            }
        }
    }

    /// <summary>Explains an entry from its results, as a hand-written scorer without derivations would.</summary>
    private sealed class Explainer : IEntryExplainer
    {
        public static readonly Explainer Instance = new();

        public IReadOnlyList<ExplanationStep> Explain(EntryResult entry)
        {
            var steps = new List<ExplanationStep> { ExplanationStep.Unruled(entry.Inclusion, RegisterFacts.IdOf) };
            if (entry.Movement is not null)
            {
                steps.Add(ExplanationStep.Unruled(entry.Movement, RegisterFacts.IdOf));
            }

            foreach (var finding in entry.Findings)
            {
                steps.Add(ExplanationStep.Unruled(finding, RegisterFacts.IdOf));
            }

            return steps;
        }
    }
}
