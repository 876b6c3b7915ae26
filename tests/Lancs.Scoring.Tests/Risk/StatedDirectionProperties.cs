using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Tests.Support;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Laws of reading a stated direction: negation, keyword precedence and case.</summary>
public sealed class StatedDirectionProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool NegatedMovement_IsNeverReadAsThatMovement(NegatedMovement cell)
    {
        StatedDirection direction = StatedDirection.Parse(cell.Text);
        return direction.Normalised != cell.Negated;
    }

    [Property(MaxTest = 1000)]
    public bool LeadingKeyword_WinsOverAnyText(string? rest)
    {
        StatedDirection direction = StatedDirection.Parse("Upwards – " + rest);
        return direction.Normalised == DirectionOfTravel.Upwards
            && direction.Reading == StatedDirectionReading.Keyword
            && direction.ReadFrom[0] == "Upwards";
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Phrasing_InAnyCase_ReadsTheSame(RecasedPhrasing cell)
    {
        StatedDirection original = StatedDirection.Parse(cell.Original);
        StatedDirection recased = StatedDirection.Parse(cell.Recased);
        return original.Normalised == recased.Normalised && original.IsMixed == recased.IsMixed && original.Reading == recased.Reading;
    }

    /// <summary>A sentence that negates one movement phrase, such as "The risk has not been reduced this quarter".</summary>
    public sealed record NegatedMovement(string Text, DirectionOfTravel Negated)
    {
        public override string ToString() => $"'{Text}' negates {Negated}";
    }

    /// <summary>A phrasing of the table and the same text with the case of some letters swapped.</summary>
    public sealed record RecasedPhrasing(string Original, string Recased)
    {
        public override string ToString() => $"'{Original}' as '{Recased}'";
    }

    public static class Arbitraries
    {
        private static readonly (string Words, DirectionOfTravel Direction)[] _movements =
            Phrases(DirectionOfTravel.Downwards, "reducing", "reduced", "decreasing", "decreased", "lower", "lowered", "falling", "fallen", "declining", "declined", "downwards", "managed down", "managed downwards", "going down", "continuing to reduce")
            .Concat(Phrases(DirectionOfTravel.Upwards, "increasing", "increased", "rising", "risen", "higher", "growing", "grown", "escalating", "upwards", "gone up", "continuing to rise"))
            .Concat(Phrases(DirectionOfTravel.Level, "static", "unchanged", "stable", "steady", "constant", "remaining the same", "remaining at 12", "level"))
            .ToArray();

        private static readonly string[] _openings = { string.Empty, "See actions. ", "The risk is being managed. ", "Positive - ", "Risk remains high; " };

        private static readonly string[] _subjects = { string.Empty, "The risk ", "Risk score ", "It ", "The likelihood ", "residual risk " };

        private static readonly string[] _negations = { "not ", "no longer ", "has not ", "is not ", "has not been ", "never ", "isn't ", "hasn't ", "is no longer ", "does not ", "not yet ", "has not significantly " };

        private static readonly string[] _endings = { string.Empty, ".", " this quarter", " since Q1", " from 16", " as expected", " at all", ", see actions", " and remains high" };

        public static Arbitrary<NegatedMovement> NegatedMovements()
            => (from opening in Gen.Elements(_openings)
                from subject in Gen.Elements(_subjects)
                from negation in Gen.Elements(_negations)
                from movement in Gen.Elements(_movements)
                from ending in Gen.Elements(_endings)
                select new NegatedMovement(opening + subject + negation + movement.Words + ending, movement.Direction)).ToArbitrary();

        public static Arbitrary<RecasedPhrasing> RecasedPhrasings()
        {
            CsvTable table = CsvTable.Load("TestData", "Risk", "stated-direction-phrasings.csv");
            string[] phrasings = table.Rows.Select(r => table.Get(r, "phrasing")).ToArray();
            return (from phrasing in Gen.Elements(phrasings)
                    from flips in Gen.ArrayOf(Gen.Elements(true, false), phrasing.Length)
                    select new RecasedPhrasing(phrasing, new string(phrasing.Select((c, i) => flips[i] ? Swap(c) : c).ToArray()))).ToArbitrary();
        }

        private static (string, DirectionOfTravel)[] Phrases(DirectionOfTravel direction, params string[] words)
            => words.Select(w => (w, direction)).ToArray();

        private static char Swap(char c) => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);
    }
}
