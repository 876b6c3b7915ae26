using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Laws of the cell readers' fast paths (issue 15): the written-out id reader, the shared bare scores and the
/// remembered stated directions each give what the general reading gives, for any text; a quarter prints as itself
/// whatever was printed before it.</summary>
public sealed class RepeatedCellProperties
{
    // The published scheme as the regular expression it was read with before the reader was written out: the reference.
    private static readonly Regex PublishedId = new(@"^(?<prefix>CR|CO|C0)(?<number>[0-9]{1,4})(?:\.(?<sub>[0-9]{1,4}))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [Property(MaxTest = 3000, Arbitrary = new[] { typeof(Texts) })]
    public bool IdReader_AgreesWithThePublishedExpression(IdLike text)
    {
        bool read = EntryId.TryParse(text.Value, out EntryId? id, out string? error);
        Match match = PublishedId.Match(text.Value.Trim());
        int number = match.Success ? int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) : 0;
        int sub = match.Success && match.Groups["sub"].Success ? int.Parse(match.Groups["sub"].Value, CultureInfo.InvariantCulture) : -1;
        if (text.Value.Trim().Length == 0 || number == 0 || sub == 0)
        {
            return !read && error is not null;
        }

        bool risk = match.Groups["prefix"].Value.Equals("CR", StringComparison.OrdinalIgnoreCase);
        string top = (risk ? "CR" : "CO") + number.ToString(CultureInfo.InvariantCulture);
        return read
            && id!.Normalised == (sub < 0 ? top : top + "." + sub.ToString(CultureInfo.InvariantCulture))
            && id.Parent == (sub < 0 ? null : top)
            && id.Kind == (risk ? RegisterKind.Risk : RegisterKind.Opportunity)
            && ReferenceEquals(id.Raw, text.Value);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(Texts) })]
    public bool BareScore_ReadsAsTheScoreWithNoCell(Digits digits)
    {
        bool read = Assessment.TryParse(digits.Value, out Assessment? assessment, out string? error);
        string significant = digits.Value.TrimStart('0');
        bool onMatrix = significant.Length is > 0 and <= 2 && RiskScore.IsOnMatrix(int.Parse(significant, CultureInfo.InvariantCulture));
        return onMatrix
            ? read && assessment!.Equals(Assessment.FromScore(RiskScore.FromValue(int.Parse(significant, CultureInfo.InvariantCulture))))
                && assessment.Impact is null && assessment.Note is null
            : !read && error == RiskScore.NotOnMatrixMessage(digits.Value);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(Texts) })]
    public bool RememberedDirection_IsTheFreshReading(Direction cell)
    {
        // Twice: the first call may fill the cache, the second reads from it.
        StatedDirection fresh = StatedDirection.Read(cell.Value);
        return new[] { StatedDirection.Parse(cell.Value), StatedDirection.Parse(cell.Value) }.All(parsed =>
            parsed.Raw == fresh.Raw && parsed.Normalised == fresh.Normalised && parsed.Reading == fresh.Reading
            && parsed.IsMixed == fresh.IsMixed && parsed.ReadFrom.SequenceEqual(fresh.ReadFrom));
    }

    /// <summary>Text shaped like an id: prefixes, digits, stops and spaces in any order and case, or any text at all.</summary>
    // Quarters a register prints, from years that share the printed-text slots (16 slots are 4 years), in any order.
    [Property(MaxTest = 500)]
    public bool PrintedQuarter_IsItsOwnText(PositiveInt[] picks)
    {
        return picks.All(pick =>
        {
            int year = 2015 + (pick.Get % 12);
            int number = (pick.Get / 12 % 4) + 1;
            string expected = "Q" + number.ToString(CultureInfo.InvariantCulture) + " " + year.ToString(CultureInfo.InvariantCulture) + "/"
                + ((year + 1) % 100).ToString("00", CultureInfo.InvariantCulture);
            return new Quarter(year, number).ToString() == expected;
        });
    }

    public sealed record IdLike(string Value);

    /// <summary>ASCII digits, one to six of them.</summary>
    public sealed record Digits(string Value);

    /// <summary>A direction cell as registers print them, in any case and spacing, or any text.</summary>
    public sealed record Direction(string Value);

    /// <summary>The generators.</summary>
    public static class Texts
    {
        private static Gen<string> Pieces(params string[] pieces) =>
            Gen.Elements(pieces).ListOf().Select(list => string.Concat(list));

        public static Arbitrary<IdLike> IdLike() => Gen.OneOf(
                Gen.Zip(Gen.Zip(Gen.Elements("CR", "cr", "Co", "C0", "c0", "CX", "C", "R", "O", ""), Pieces("0", "1", "2", "9")),
                    Gen.Zip(Pieces(".", "0", "3", "7"), Gen.Elements("", " ", "\t", "\u200B")))
                    .Select(t => t.Item2.Item2 + t.Item1.Item1 + t.Item1.Item2 + t.Item2.Item1 + t.Item2.Item2),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty))
            .Select(s => new IdLike(s)).ToArbitrary();

        public static Arbitrary<Digits> Digits() =>
            Pieces("0", "1", "2", "3", "5", "6", "7", "9").Where(s => s.Length is >= 1 and <= 6).Select(s => new Digits(s)).ToArbitrary();

        public static Arbitrary<Direction> Direction() => Gen.OneOf(
                Gen.Zip(Gen.Elements("Level", "LEVEL", "level", "Upwards", "↑", "↓", "Downwards", "New", "new risk", "Increased", "reduced", ""),
                    Gen.Elements("", " ", "  ", " – rising")).Select(t => t.Item1 + t.Item2),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty))
            .Select(s => new Direction(s)).ToArbitrary();
    }
}
