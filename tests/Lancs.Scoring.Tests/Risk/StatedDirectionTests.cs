using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Tests.Support;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

public sealed class StatedDirectionTests
{
    [Theory]
    [InlineData("Level", "Level", false)]
    [InlineData("level", "Level", false)]
    [InlineData("Upwards", "Upwards", false)]
    [InlineData("↑ Upwards", "Upwards", false)]
    [InlineData("Downwards", "Downwards", false)]
    [InlineData("↓ Downwards.", "Downwards", false)]
    [InlineData("↓ Downwards as long as the, shortly to be formed, Premises Compliance Team is effective", "Downwards", false)]
    [InlineData("Level – however the direction of travel is increased as these are new service users", "Level", true)]
    [InlineData("Level – In relation to assets the trend is downwards as the Premises Compliance Team improve", "Level", true)]
    [InlineData("↑the direction of travel is increased as these are new service users, the risk is constant", "Upwards", true)]
    [InlineData("↑the direction of travel is increased", "Upwards", false)]
    [InlineData("The risk is being managed and continues to reduce.", "Downwards", false)]
    [InlineData("This is a new risk that is being monitored by both the Priorities Board and CMT", "New", false)]
    public void Parse_PrintedKeywordOrPhrase_Normalises(string raw, string expected, bool mixed)
    {
        StatedDirection direction = StatedDirection.Parse(raw);

        Assert.Equal(expected, direction.Normalised?.Name);
        Assert.Equal(mixed, direction.IsMixed);
        Assert.Equal(raw, direction.Raw);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("The risk is being managed")]
    [InlineData("Positive - given feedback from OFSTED")]
    [InlineData("Levelling off")]
    [InlineData("Upwardly mobile")]
    [InlineData("As time progresses the risk to some extent reduces.")]
    [InlineData("Neutral.")]
    public void Parse_NoSafeReading_IsUnclear(string? raw)
    {
        StatedDirection direction = StatedDirection.Parse(raw);

        Assert.Null(direction.Normalised);
        Assert.False(direction.IsMixed);
        Assert.Equal(raw ?? string.Empty, direction.Raw);
    }

    [Property(MaxTest = 1000)]
    public bool Parse_AnyText_NeverThrowsKeepsRawAndSaysHowItWasRead(string? raw)
    {
        StatedDirection direction = StatedDirection.Parse(raw);
        StatedDirectionReading reading = direction.Reading;
        return direction.Raw == (raw ?? string.Empty)
            && (direction.Normalised is not null) == (reading == StatedDirectionReading.Keyword || reading == StatedDirectionReading.Phrase)
            && (reading == StatedDirectionReading.Blank) == string.IsNullOrWhiteSpace(raw)
            && (!direction.IsMixed || reading == StatedDirectionReading.Keyword || reading == StatedDirectionReading.Unread)
            && (direction.ReadFrom.Count == 0) == (direction.Normalised is null && !direction.IsMixed);
    }

    [Theory]
    [InlineData("Level", "Keyword")]
    [InlineData("↓ Downwards.", "Keyword")]
    [InlineData("The risk is being managed and continues to reduce.", "Phrase")]
    [InlineData("This is a new risk that is being monitored by both the Priorities Board and CMT", "Phrase")]
    [InlineData("The risk is being managed", "Unread")]
    [InlineData("Positive - given feedback from OFSTED", "Unread")]
    [InlineData("", "Blank")]
    [InlineData(null, "Blank")]
    public void Parse_PapersCells_SayHowTheyWereRead(string? raw, string reading)
    {
        Assert.Equal(reading, StatedDirection.Parse(raw).Reading.Name);
    }

    [Fact]
    public void Parse_EveryTranscribedCell_AgreesWithDigestNormalisation()
    {
        CsvTable expected = CsvTable.Load("TestData", "Risk", "direction-normalised.csv");
        Dictionary<(string, string), string> digest = expected.Rows.ToDictionary(
            r => (expected.Get(r, "quarter"), expected.Get(r, "id")),
            r => expected.Get(r, "direction_normalised"));
        int compared = 0;

        foreach ((string quarter, CsvTable table, IReadOnlyList<string> row) in RegisterData.AllRows())
        {
            StatedDirection direction = StatedDirection.Parse(table.Get(row, "direction_of_travel"));
            string want = digest[(quarter, table.Get(row, "id"))];

            Assert.True(
                (direction.Normalised?.Name ?? "Unclear") == want,
                $"{quarter} {table.Get(row, "id")} ({table.Get(row, "source")}): parsed {direction}, digest says {want}.");
            compared++;
        }

        Assert.Equal(digest.Count, compared);
    }

    [Fact]
    public void Parse_TranscribedCells_FlagExactlyThePapersMixedCases()
    {
        IEnumerable<string> mixed = RegisterData.AllRows()
            .Where(r => StatedDirection.Parse(r.Table.Get(r.Row, "direction_of_travel")).IsMixed)
            .Select(r => r.Table.Get(r.Row, "source"));

        // register_rules.md §5.1 "Keyword with a contradicting qualifier": 001:882, 000:1532, 000:1535.
        Assert.Equal(new[] { "000:1532", "000:1535", "001:882" }, mixed.OrderBy(s => s, System.StringComparer.Ordinal));
    }
}
