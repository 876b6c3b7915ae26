using System;
using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register.Idiom;

/// <summary>The facts the four core register rules derive, as separate lists, the way the library's rules derive them.</summary>
public sealed class CoreFacts
{
    /// <summary>Creates the lists.</summary>
    public CoreFacts(IReadOnlyList<ScoredEntry> scored, IReadOnlyList<Inclusion> inclusions, IReadOnlyList<PreviousMatch> matches,
        IReadOnlyList<ScoreMovement> movements)
    {
        Scored = scored;
        Inclusions = inclusions;
        Matches = matches;
        Movements = movements;
    }

    /// <summary>Gets the scored entries.</summary>
    public IReadOnlyList<ScoredEntry> Scored { get; }

    /// <summary>Gets the inclusions.</summary>
    public IReadOnlyList<Inclusion> Inclusions { get; }

    /// <summary>Gets the previous-quarter matches.</summary>
    public IReadOnlyList<PreviousMatch> Matches { get; }

    /// <summary>Gets the movements (direction of travel or New).</summary>
    public IReadOnlyList<ScoreMovement> Movements { get; }

    /// <summary>Gathers the lists from the outcomes of the flattened rule.</summary>
    public static CoreFacts From(IEnumerable<CoreOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new CoreFacts(list.ConvertAll(o => o.Scored), list.ConvertAll(o => o.Inclusion),
            list.SelectMany(o => o.Matches).ToList(), list.SelectMany(o => o.Movements).ToList());
    }

    /// <summary>Describes, per entry of <paramref name="current"/> in order, everything the core rules concluded about it:
    /// its score and direction semantics, its inclusion and reason, the previous entries it matched, its movements. Throws
    /// when an entry has not exactly one score and one inclusion, or a fact is about an entry not in <paramref name="current"/>.</summary>
    /// <param name="current">This quarter's entries.</param>
    /// <param name="runtime">The runtime, for the message.</param>
    /// <returns>One line per entry.</returns>
    public string[] Describe(IReadOnlyList<RegisterEntry> current, string runtime)
    {
        var index = new Dictionary<RegisterEntry, int>(current.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < current.Count; i++)
        {
            index.Add(current[i], i);
        }

        int At(RegisterEntry entry, string what) => index.TryGetValue(entry, out var i)
            ? i
            : throw new InvalidOperationException($"{Capital(runtime)}: a {what} about an entry that was not inserted ({entry.Id}).");

        var scored = new string?[current.Count];
        var included = new string?[current.Count];
        var matched = new List<string>?[current.Count];
        var moved = new List<string>?[current.Count];
        foreach (var s in Scored)
        {
            var i = At(s.Entry, "score");
            scored[i] = scored[i] is null ? $"{s} (higher is better: {s.HigherIsBetter}, judged {s.Judged})"
                : throw new InvalidOperationException($"{Capital(runtime)}: entry {i} ({s.Id}) scored twice.");
        }

        foreach (var inclusion in Inclusions)
        {
            var i = At(inclusion.Entry, "inclusion");
            included[i] = included[i] is null ? $"{inclusion.IsOnCorporateRegister}: {inclusion}"
                : throw new InvalidOperationException($"{Capital(runtime)}: entry {i} ({inclusion.Entry.Id}) included twice.");
        }

        foreach (var match in Matches)
        {
            (matched[At(match.Current.Entry, "match")] ??= new List<string>()).Add($"previous #{match.Previous.Entry.Position}: {match}");
        }

        foreach (var movement in Movements)
        {
            (moved[At(movement.Entry, "movement")] ??= new List<string>()).Add($"{movement} favourable {movement.IsFavourable}");
        }

        var lines = new string[current.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = string.Join(" | ",
                scored[i] ?? throw new InvalidOperationException($"{Capital(runtime)}: entry {i} ({current[i].Id}) not scored."),
                included[i] ?? throw new InvalidOperationException($"{Capital(runtime)}: entry {i} ({current[i].Id}) not included or excluded."),
                Sorted(matched[i]), Sorted(moved[i]));
        }

        return lines;
    }

    /// <summary>Throws unless <paramref name="other"/> concluded, entry by entry, what <paramref name="batch"/> concluded.</summary>
    /// <param name="current">This quarter's entries.</param>
    /// <param name="batch">The batch engine's facts.</param>
    /// <param name="other">The facts to check.</param>
    /// <param name="otherName">What <paramref name="other"/> is, for the message.</param>
    public static void Check(IReadOnlyList<RegisterEntry> current, CoreFacts batch, CoreFacts other, string otherName)
    {
        var expected = batch.Describe(current, "the batch engine");
        var actual = other.Describe(current, otherName);
        for (var i = 0; i < expected.Length; i++)
        {
            if (!string.Equals(expected[i], actual[i], StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{Capital(otherName)} disagrees with the batch engine on entry {i}: batch '{expected[i]}', {otherName} '{actual[i]}'.");
            }
        }

        if (batch.Movements.Count != other.Movements.Count || batch.Matches.Count != other.Matches.Count)
        {
            throw new InvalidOperationException($"{Capital(otherName)} disagrees with the batch engine on the number of matches or movements.");
        }
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Sorted(List<string>? items) =>
        items is null ? "-" : string.Join("; ", items.OrderBy(item => item, StringComparer.Ordinal));
}
