using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Testing;

/// <summary>The laws a register policy must keep, as FsCheck properties a council's test calls with its own policy:
/// <c>[Property] public Property Inclusion() => RegisterLaws.InclusionFollowsTheThreshold(ourPolicy);</c>, or, outside a
/// test framework, <c>RegisterLaws.InclusionFollowsTheThreshold(ourPolicy).QuickCheckThrowOnFailure();</c>. A failing
/// law prints its shrunk counter-example and a label saying which entry broke it.</summary>
/// <remarks>Each law re-scores with <see cref="RegisterScorer"/> (one per policy, compiled once per law) unless it is
/// given a <see cref="RegisterRescore"/> of the test's own.</remarks>
public static class RegisterLaws
{
    private static readonly Quarter Current = Quarter.Parse("2017/18 Q2");

    /// <summary>Inclusion iff the residual is at or above the threshold: on generated registers, every entry is scored once,
    /// and an entry is on the corporate register exactly when its residual is at or above the policy's threshold.</summary>
    /// <param name="policy">The council's policy.</param>
    /// <param name="rescore">What to test; <see langword="null"/> for <see cref="RegisterScorer"/>.</param>
    /// <returns>The property.</returns>
    public static Property InclusionFollowsTheThreshold(ScoringPolicy policy, RegisterRescore? rescore = null)
    {
        var run = Runner(rescore);
        return Prop.ForAll(RegisterArbitraries.Registers(), register =>
        {
            var result = run(policy, Current, register.Entries(Current), null);
            var wrong = result.Entries.FirstOrDefault(e => e.IsOnCorporateRegister != (e.Residual is { } r && r.Value >= policy.InclusionThreshold));
            return (result.Entries.Count == register.Rows.Count && wrong is null).Label(wrong is null
                ? $"{result.Entries.Count} entries scored of {register.Rows.Count}"
                : $"{wrong.Entry.Id} residual {wrong.Residual} is {(wrong.IsOnCorporateRegister ? "on" : "off")} the register at threshold {policy.InclusionThreshold}");
        });
    }

    /// <summary>Raising the threshold never adds an entry: for any two thresholds, the corporate register at the higher one is
    /// part of the register at the lower one (the policy otherwise unchanged).</summary>
    /// <param name="policy">The council's policy; its threshold is varied over 1-25.</param>
    /// <param name="rescore">What to test; <see langword="null"/> for <see cref="RegisterScorer"/>.</param>
    /// <returns>The property.</returns>
    public static Property RaisingTheThresholdNeverAddsAnEntry(ScoringPolicy policy, RegisterRescore? rescore = null)
    {
        var run = Runner(rescore);
        var policies = Enumerable.Range(1, 25).ToDictionary(t => t, policy.WithInclusionThreshold);
        var cases = from register in RegisterArbitraries.RegisterGen
                    from low in Gen.Choose(1, 25)
                    from high in Gen.Choose(low, 25)
                    select (register, low, high);
        var arbitrary = Arb.From(cases, c => RegisterArbitraries.ShrinkRegister(c.register).Select(r => (r, c.low, c.high)));
        return Prop.ForAll(arbitrary, c =>
        {
            var atLow = OnRegister(run(policies[c.low], Current, c.register.Entries(Current), null));
            var atHigh = OnRegister(run(policies[c.high], Current, c.register.Entries(Current), null));
            var added = atHigh.Except(atLow).ToList();
            return (added.Count == 0).Label($"threshold {c.high} adds {string.Join(", ", added)} to the register at {c.low}");
        });
    }

    /// <summary>Raising a residual never removes an entry: raise one entry's residual to any higher score, and every entry on
    /// the corporate register before is on it after.</summary>
    /// <param name="policy">The council's policy.</param>
    /// <param name="rescore">What to test; <see langword="null"/> for <see cref="RegisterScorer"/>.</param>
    /// <returns>The property.</returns>
    public static Property RaisingAResidualNeverRemovesAnEntry(ScoringPolicy policy, RegisterRescore? rescore = null)
    {
        var run = Runner(rescore);
        var cases = from register in RegisterArbitraries.RegisterGen.Where(r => r.Rows.Count > 0)
                    from index in Gen.Choose(0, register.Rows.Count - 1)
                    from raised in Gen.Elements(RiskScore.All.Where(s => s.Value >= register.Rows[index].Residual).Select(s => s.Value).ToArray())
                    select (register, index, raised);
        var arbitrary = Arb.From(cases, c => RegisterArbitraries.ShrinkRegister(c.register)
            .Where(r => c.index < r.Rows.Count && r.Rows[c.index].Residual <= c.raised).Select(r => (r, c.index, c.raised)));
        return Prop.ForAll(arbitrary, c =>
        {
            var before = OnRegister(run(policy, Current, c.register.Entries(Current), null));
            var after = OnRegister(run(policy, Current, c.register.WithResidual(c.index, c.raised).Entries(Current), null));
            var removed = before.Except(after).ToList();
            return (removed.Count == 0).Label($"raising entry {c.index + 1}'s residual to {c.raised} removes {string.Join(", ", removed)}");
        });
    }

    /// <summary>Direction of travel is antisymmetric: re-score register B against A and A against B (the same entries, other
    /// scores), and each entry's direction flips (Upwards and Downwards swap) while Level stays Level; and it is Level
    /// exactly when the two residuals are equal.</summary>
    /// <param name="policy">The council's policy.</param>
    /// <param name="rescore">What to test; <see langword="null"/> for <see cref="RegisterScorer"/>.</param>
    /// <returns>The property.</returns>
    public static Property DirectionIsAntisymmetric(ScoringPolicy policy, RegisterRescore? rescore = null)
    {
        var run = Runner(rescore);
        var previous = Current.Previous;
        var pairs = from first in RegisterArbitraries.RegisterGen
                    from second in RegisterArbitraries.RegisterGen
                    select Pair(first, second);
        var arbitrary = Arb.From(pairs, p => RegisterArbitraries.ShrinkRegister(p.Item1).Select(a => Pair(a, p.Item2)));
        return Prop.ForAll(arbitrary, p =>
        {
            var (a, b) = p;
            var forward = run(policy, Current, b.Entries(Current), a.Entries(previous)).Entries;
            var backward = run(policy, Current, a.Entries(Current), b.Entries(previous)).Entries;
            for (var i = 0; i < a.Rows.Count; i++)
            {
                if (forward.Count != a.Rows.Count || backward.Count != a.Rows.Count)
                {
                    return false.Label($"{forward.Count} and {backward.Count} entries scored of {a.Rows.Count}");
                }

                var there = forward[i].Direction;
                var back = backward[i].Direction;
                var level = a.Rows[i].Residual == b.Rows[i].Residual;
                if (there is null || back is null || there != Mirror(back) || (there == DirectionOfTravel.Level) != level)
                {
                    return false.Label($"{forward[i].Entry.Id}: {a.Rows[i].Residual} to {b.Rows[i].Residual} is {there?.ToString() ?? "none"}, back is {back?.ToString() ?? "none"}");
                }
            }

            return true.ToProperty();
        });
    }

    /// <summary>Hostile rows are rejected, naming their field: a valid register with one row broken in one cell re-scores
    /// without an exception, rejects exactly that row naming the broken field (id, kind, description, inherent, residual
    /// or target) and scores every other row.</summary>
    /// <param name="policy">The council's policy.</param>
    /// <returns>The property.</returns>
    public static Property HostileRowsAreRejectedNamingTheirField(ScoringPolicy policy)
    {
        var scorer = new RegisterScorer(policy);
        var cases = from rows in Gen.ListOf(RegisterArbitraries.RowGen).Select(l => (IReadOnlyList<RegisterRow>)Unique(l.Take(10)))
                    from hostile in RegisterArbitraries.HostileRowGen
                    from at in Gen.Choose(0, rows.Count)
                    select (rows, hostile, at);
        var arbitrary = Arb.From(cases, c => Enumerable.Range(0, c.rows.Count)
            .Select(i => ((IReadOnlyList<RegisterRow>)c.rows.Where((_, j) => j != i).ToList(), c.hostile, Math.Min(c.at, c.rows.Count - 1))));
        return Prop.ForAll(arbitrary, c =>
        {
            var all = c.rows.ToList();
            all.Insert(c.at, c.hostile.Row);
            var numbered = RegisterRows.Numbered(all);
            var line = c.at + 2;
            RegisterResult result;
            try
            {
                result = scorer.Rescore(Current, numbered);
            }
            catch (Exception ex)
            {
                return false.Label($"threw {ex.GetType().Name}: {ex.Message}");
            }

            var rejection = result.Rejections.Count == 1 ? result.Rejections[0] : null;
            return (rejection is not null
                    && string.Equals(rejection.Field, c.hostile.BrokenField, StringComparison.OrdinalIgnoreCase)
                    && rejection.Entry.Contains("line " + line.ToString(CultureInfo.InvariantCulture))
                    && result.Entries.Count == c.rows.Count)
                .Label($"line {line}, {c.hostile}: rejections [{string.Join("; ", result.Rejections)}], {result.Entries.Count} of {c.rows.Count} other rows scored");
        });
    }

    /// <summary>The batch engine agrees with NRules: generated two-quarter registers (repeated ids, moves, missing residuals,
    /// targets, covering statements) re-scored under the policy give the same transcript (<see cref="RegisterTranscript"/>)
    /// in the batch engine and in an NRules session.</summary>
    /// <param name="policy">The council's policy.</param>
    /// <returns>The property.</returns>
    public static Property BatchEngineAgreesWithNRules(ScoringPolicy policy)
    {
        var batch = new RegisterScorer(policy, RuleRuntime.Batch);
        var nrules = new RegisterScorer(policy, RuleRuntime.NRules);
        return Prop.ForAll(RegisterArbitraries.TwoQuarters(), run =>
        {
            var inBatch = RegisterTranscript.Describe(batch.RescoreEntries(TwoQuarterRegister.Quarter, run.CurrentEntries(), TwoQuarterRegister.PreviousQuarter, run.PreviousEntries(), run.Statements()));
            var inNRules = RegisterTranscript.Describe(nrules.RescoreEntries(TwoQuarterRegister.Quarter, run.CurrentEntries(), TwoQuarterRegister.PreviousQuarter, run.PreviousEntries(), run.Statements()));
            return inBatch.SequenceEqual(inNRules).Label(RegisterTranscript.FirstDifference(inBatch, inNRules));
        });
    }

    /// <summary>Upwards and Downwards swapped; any other direction as it is.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The mirrored direction.</returns>
    public static DirectionOfTravel Mirror(DirectionOfTravel direction) =>
        direction == DirectionOfTravel.Upwards ? DirectionOfTravel.Downwards
        : direction == DirectionOfTravel.Downwards ? DirectionOfTravel.Upwards
        : direction;

    private static (GeneratedRegister, GeneratedRegister) Pair(GeneratedRegister first, GeneratedRegister second)
    {
        // The same entries in both quarters (ids, kinds and descriptions), other scores.
        var n = Math.Min(first.Rows.Count, second.Rows.Count);
        var a = new GeneratedRegister(first.Rows.Take(n).ToList());
        var b = new GeneratedRegister(second.Rows.Take(n).Select((r, i) => (a.Rows[i].IsRisk, r.Inherent, r.Residual)).ToList());
        return (a, b);
    }

    private static List<RegisterRow> Unique(IEnumerable<RegisterRow> rows) =>
        rows.GroupBy(r => r.Id!.Substring(2)).Select(g => g.First()).ToList();

    private static HashSet<string> OnRegister(RegisterResult result) =>
        new(result.CorporateRegister.Select(e => e.Entry.Id.Normalised));

    private static RegisterRescore Runner(RegisterRescore? rescore)
    {
        if (rescore is not null)
        {
            return rescore;
        }

        var scorers = new Dictionary<ScoringPolicy, RegisterScorer>();
        return (policy, quarter, current, previous) =>
        {
            RegisterScorer? scorer;
            lock (scorers)
            {
                if (!scorers.TryGetValue(policy, out scorer))
                {
                    scorer = new RegisterScorer(policy);
                    scorers[policy] = scorer;
                }
            }

            return scorer.RescoreEntries(quarter, current, quarter.Previous, previous);
        };
    }
}
