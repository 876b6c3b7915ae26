using System.Linq;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Tests.Support;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>The phrasings table (TestData/Risk/stated-direction-phrasings.csv): what owners write, and what it reads as.</summary>
public sealed class StatedDirectionPhrasingTests
{
    private static readonly string[] _categories =
    {
        "paper", "keyword", "down", "up", "level", "negation", "mixed", "no movement", "forecast", "describes a noun",
        "other subject", "inside a word", "punctuation and case",
    };

    private static CsvTable Table => CsvTable.Load("TestData", "Risk", "stated-direction-phrasings.csv");

    public static TheoryData<string, string, string, bool, string> Phrasings()
    {
        CsvTable table = Table;
        var data = new TheoryData<string, string, string, bool, string>();
        foreach (var row in table.Rows)
        {
            data.Add(table.Get(row, "category"), table.Get(row, "phrasing"), table.Get(row, "normalised"), table.Get(row, "mixed") == "true", table.Get(row, "reading"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Parse_Phrasing_ReadsAsTheTableSays(string category, string phrasing, string normalised, bool mixed, string reading)
    {
        StatedDirection direction = StatedDirection.Parse(phrasing);

        Assert.True(
            (direction.Normalised?.Name ?? string.Empty) == normalised && direction.IsMixed == mixed && direction.Reading.Name == reading,
            $"[{category}] '{phrasing}': read {direction.Normalised?.Name ?? "null"}, mixed {direction.IsMixed}, {direction.Reading} from [{string.Join(" | ", direction.ReadFrom)}]; the table says {(normalised.Length == 0 ? "null" : normalised)}, mixed {mixed}, {reading}.");
        Assert.Equal(phrasing, direction.Raw);
    }

    [Fact]
    public void Table_HasAtLeastSixtyPhrasingsAndEveryCategory()
    {
        CsvTable table = Table;
        var categories = table.Rows.Select(r => table.Get(r, "category")).ToList();

        Assert.True(table.Rows.Count >= 60, $"{table.Rows.Count} phrasings");
        Assert.Equal(_categories.OrderBy(c => c, System.StringComparer.Ordinal), categories.Distinct().OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.All(_categories, c => Assert.True(categories.Count(x => x == c) >= 3, $"category '{c}' has fewer than three phrasings"));
        Assert.Equal(table.Rows.Count, table.Rows.Select(r => table.Get(r, "phrasing")).Distinct().Count());
    }

    [Theory]
    [InlineData("Level – however the direction of travel is increased as these are new service users", new[] { "Level", "increased" })]
    [InlineData("↑the direction of travel is increased as these are new service users, the risk is constant", new[] { "↑", "constant" })]
    [InlineData("↑ Upwards", new[] { "↑ Upwards" })]
    [InlineData("  level ", new[] { "level" })]
    [InlineData("The risk is being managed and continues to reduce.", new[] { "continues to reduce" })]
    [InlineData("This is a new risk that is being monitored by both the Priorities Board and CMT", new[] { "new risk" })]
    [InlineData("There has been no change", new[] { "no change" })]
    [InlineData("The score has not changed", new[] { "not changed" })]
    [InlineData("Reduced but now rising", new[] { "Reduced", "rising" })]
    [InlineData("The risk is being managed", new string[0])]
    [InlineData("Not reducing", new string[0])]
    [InlineData("", new string[0])]
    public void Parse_Cell_ReadFromQuotesTheWordsAsPrinted(string raw, string[] expected)
    {
        StatedDirection direction = StatedDirection.Parse(raw);

        Assert.Equal(expected, direction.ReadFrom);
    }
}
