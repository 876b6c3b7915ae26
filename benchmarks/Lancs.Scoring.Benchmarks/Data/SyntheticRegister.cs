using System;
using System.Collections.Generic;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Data;

/// <summary>A synthetic register and its previous quarter, shaped like the printed ones but as large as asked.</summary>
/// <remarks>
/// Shape, from a fixed seed: ids CR&lt;n&gt;.&lt;m&gt; (the id format allows four digits each side, so large registers use
/// sub-items), about 8% opportunities (CO), 3% new this quarter, 3% of last quarter's entries gone, a quarter of the
/// matched entries rescored, about 40% judged below 12, 2% without a residual, 1% with a residual on the wrong side,
/// 1% renumbered (same id, another subject), a few duplicate ids, and stated directions that sometimes contradict the
/// scores. Every shared value (assessments, stated directions) is cached, as a parser that interns would do.
/// </remarks>
public sealed class SyntheticRegister
{
    /// <summary>The seed used by every benchmark, so runs compare like with like.</summary>
    public const int DefaultSeed = 20261122;

    private static readonly string[] Words =
    {
        "workforce", "capacity", "resilience", "funding", "adult", "social", "care", "children", "services", "highways",
        "budget", "pressures", "cyber", "security", "data", "protection", "property", "assets", "contract", "market",
        "demand", "schools", "transport", "waste", "flooding", "pensions", "recruitment", "procurement", "safeguarding", "digital",
    };

    private static readonly string[] Directions = { "", "", "", "Upwards", "Downwards", "Level", "Level", "Level" };

    private SyntheticRegister(Quarter quarter, IReadOnlyList<RegisterEntry> current, Quarter previousQuarter, IReadOnlyList<RegisterEntry> previous)
    {
        Quarter = quarter;
        Current = current;
        PreviousQuarter = previousQuarter;
        Previous = previous;
    }

    /// <summary>Gets the quarter scored.</summary>
    public Quarter Quarter { get; }

    /// <summary>Gets this quarter's entries.</summary>
    public IReadOnlyList<RegisterEntry> Current { get; }

    /// <summary>Gets the previous quarter.</summary>
    public Quarter PreviousQuarter { get; }

    /// <summary>Gets the previous quarter's entries.</summary>
    public IReadOnlyList<RegisterEntry> Previous { get; }

    /// <summary>Generates a register of <paramref name="size"/> entries and its previous quarter.</summary>
    /// <param name="size">The number of entries this quarter.</param>
    /// <param name="seed">The seed; the default gives the benchmarks' data.</param>
    /// <returns>The two quarters.</returns>
    public static SyntheticRegister Generate(int size, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var quarter = Quarter.Parse("2017/18 Q2");
        var previousQuarter = quarter.Previous;
        var scores = RiskScore.All;
        var assessments = new Dictionary<int, Assessment>();
        foreach (var score in scores)
        {
            assessments.Add(score.Value, Assessment.FromScore(score));
        }

        var stated = Array.ConvertAll(Directions, StatedDirection.Parse);
        var mixed = StatedDirection.Parse("Level – however the direction of travel is increased");
        var current = new List<RegisterEntry>(size);
        var previous = new List<RegisterEntry>(size);
        for (var i = 0; i < size; i++)
        {
            var isOpportunity = random.Next(100) < 8;
            var number = random.Next(1000) == 0 && i > 0 ? i - 1 : i;
            var id = EntryId.Parse(string.Concat(isOpportunity ? "CO" : "CR", (number / 9999 + 1).ToString(), ".", (number % 9999 + 1).ToString()));
            var description = Describe(random, i);
            var inherent = scores[random.Next(7, scores.Count)];
            var residual = random.Next(100) switch
            {
                < 2 => (RiskScore?)null,
                < 3 => scores[Math.Min(scores.Count - 1, IndexOf(inherent) + 1)],
                _ => scores[random.Next(4, IndexOf(inherent) + 1)],
            };
            var direction = random.Next(100) == 0 ? mixed : stated[random.Next(stated.Length)];
            current.Add(new RegisterEntry(id, quarter, description, assessments[inherent.Value],
                residual is { } r ? assessments[r.Value] : null, direction, position: i));

            var roll = random.Next(100);
            if (roll < 3 || number != i)
            {
                continue; // new this quarter, or a duplicated id: no previous entry of its own
            }

            var previousResidual = roll < 28 ? scores[random.Next(4, scores.Count)] : residual ?? inherent;
            var previousDescription = roll == 99 ? Describe(random, i + 7) : description;
            previous.Add(new RegisterEntry(id, previousQuarter, previousDescription, assessments[inherent.Value],
                assessments[previousResidual.Value], direction, position: previous.Count));
            if (random.Next(100) < 3)
            {
                var gone = EntryId.Parse(string.Concat("CR", (size / 9999 + 2 + (i / 9999)).ToString(), ".", (i % 9999 + 1).ToString()));
                previous.Add(new RegisterEntry(gone, previousQuarter, Describe(random, i + 13), assessments[inherent.Value],
                    assessments[scores[random.Next(4, scores.Count)].Value], stated[0], position: previous.Count));
            }
        }

        return new SyntheticRegister(quarter, current, previousQuarter, previous);
    }

    private static int IndexOf(RiskScore score)
    {
        var all = RiskScore.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i] == score)
            {
                return i;
            }
        }

        return 0;
    }

    private static string Describe(Random random, int salt) =>
        string.Join(" ", Words[random.Next(Words.Length)], Words[(salt + random.Next(Words.Length)) % Words.Length],
            "and", Words[random.Next(Words.Length)], Words[(salt * 7 + 3) % Words.Length]);
}
