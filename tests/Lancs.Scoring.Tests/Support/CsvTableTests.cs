using System;
using Xunit;

namespace Lancs.Scoring.Tests.Support;

public sealed class CsvTableTests
{
    [Fact]
    public void Parse_QuotedFieldWithCommaQuoteAndLineBreak_KeepsFieldWhole()
    {
        CsvTable table = CsvTable.Parse("a,b\r\n\"x, \"\"y\"\"\r\nz\",2\r\n");

        Assert.Single(table.Rows);
        Assert.Equal("x, \"y\"\r\nz", table.Get(table.Rows[0], "a"));
        Assert.Equal("2", table.Get(table.Rows[0], "b"));
    }

    [Fact]
    public void Parse_EmptyFieldsAndNoFinalLineBreak_ReadsEveryField()
    {
        CsvTable table = CsvTable.Parse("a,b,c\n,,\n1,,3");

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(new[] { string.Empty, string.Empty, string.Empty }, table.Rows[0]);
        Assert.Equal(new[] { "1", string.Empty, "3" }, table.Rows[1]);
    }

    [Theory]
    [InlineData("a,b\n1\n")]
    [InlineData("a,b\n\"1,2\n")]
    public void Parse_MalformedText_Throws(string text)
    {
        Assert.Throws<FormatException>(() => CsvTable.Parse(text));
    }
}
