using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Testing;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Matching by lineage, with its word ids, postings and stamps (issue 15), pairs exactly what the plain reading of
/// its rule pairs: every unmatched pair of one kind sharing a subject word, compared, and taken best first.</summary>
public sealed class LineageReferenceProperties
{
    private static readonly string[] Words = { "budget", "cyber", "staff", "schools", "roads", "waste", "care", "the", "children's", "Children" };

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Registers) })]
    public bool Match_IsTheReferenceMatch(WordRegisters registers)
    {
        var policy = ScoringPolicy.Default.WithDescriptionSimilarity(registers.Similarity);
        var found = RegisterLineage.Match(registers.Current, registers.Previous, policy)
            .Select(p => (registers.Current.IndexOf(p.Current), registers.Previous.IndexOf(p.Previous), p.Similarity));
        return found.SequenceEqual(Reference(registers.Current, registers.Previous, registers.Similarity));
    }

    /// <summary>The remarks of <see cref="RegisterLineage"/> read plainly, for registers too small for the common-word cut-off.</summary>
    private static IEnumerable<(int, int, double)> Reference(List<RegisterEntry> current, List<RegisterEntry> previous, double threshold)
    {
        var found = new (int, int, double)?[current.Count];
        var taken = new bool[previous.Count];
        for (var c = 0; c < current.Count; c++)
        {
            var p = previous.FindIndex(e => e.Id.Equals(current[c].Id) && e.Kind == current[c].Kind);
            if (p >= 0 && !taken[p] && DescriptionOverlap.Of(current[c].Description, previous[p].Description) is var same && same >= threshold)
            {
                taken[p] = true;
                found[c] = (c, p, same);
            }
        }

        var pairs = (from c in Enumerable.Range(0, current.Count)
                     where found[c] is null
                     from p in Enumerable.Range(0, previous.Count)
                     where !taken[p] && previous[p].Kind == current[c].Kind
                     let similarity = DescriptionOverlap.Of(
                         DescriptionOverlap.Words(current[c].Description, new SubjectWordList()),
                         DescriptionOverlap.Words(previous[p].Description, new SubjectWordList()))
                     where similarity > 0 && similarity >= threshold
                     orderby similarity descending, p, c
                     select (c, p, similarity)).ToList();
        foreach (var (c, p, similarity) in pairs)
        {
            if (!taken[p] && found[c] is null)
            {
                taken[p] = true;
                found[c] = (c, p, similarity);
            }
        }

        return found.Where(f => f is not null).Select(f => f!.Value);
    }

    /// <summary>Two small registers whose descriptions share words, with ids that often recur.</summary>
    public sealed record WordRegisters(List<RegisterEntry> Current, List<RegisterEntry> Previous, double Similarity)
    {
        public override string ToString() =>
            $"similarity {Similarity}; current [{string.Join("; ", Current.Select(e => e.Id + " " + e.Description))}]; previous [{string.Join("; ", Previous.Select(e => e.Id + " " + e.Description))}]";
    }

    /// <summary>The generator.</summary>
    public static class Registers
    {
        private static Gen<List<RegisterEntry>> Entries(Quarter quarter) =>
            Gen.Zip(Gen.Elements("CR1", "CR2", "CR3", "CO1", "CO2", "CR4"), Gen.Elements(Words).ListOf().Where(w => w.Count > 0))
                .ListOf()
                .Select(list => list.Select((e, i) => new RegisterEntry(EntryId.Parse(e.Item1), quarter, string.Join(" ", e.Item2),
                    Assessment.FromScore(RiskScore.FromValue(12)), null, StatedDirection.Parse(null), position: i)).ToList());

        public static Arbitrary<WordRegisters> WordRegisters() =>
            Gen.Zip(Gen.Zip(Entries(TwoQuarterRegister.Quarter), Entries(TwoQuarterRegister.PreviousQuarter)), Gen.Elements(0.25, 0.5, 0.75, 1.0))
                .Select(t => new WordRegisters(t.Item1.Item1, t.Item1.Item2, t.Item2))
                .ToArbitrary();
    }
}
