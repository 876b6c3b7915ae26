using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lancs.Scoring.Cli;
using Xunit;

namespace Lancs.Scoring.Tests.Cli;

public sealed class CsvRowsTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-csv-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Theory]
    [InlineData(1, 2, "")]
    [InlineData(2, 2, "rows.csv: 2 rows read|rows.csv: 2 rows read, done.")]
    [InlineData(3, 2, "rows.csv: 2 rows read|rows.csv: 3 rows read, done.")]
    [InlineData(5, 2, "rows.csv: 2 rows read|rows.csv: 4 rows read|rows.csv: 5 rows read, done.")]
    [InlineData(5, 6, "")]
    public void Read_RowsAgainstTheInterval_ReportsProgressOnlyOnceTheIntervalIsReached(int rows, int every, string expected)
    {
        var path = Path.Combine(_scratch, "rows.csv");
        File.WriteAllLines(path, new[] { "id,value" }.Concat(Enumerable.Range(1, rows).Select(i => $"R{i},{i}")));
        using var progress = new StringWriter();
        using var csv = CsvRows.Open(path, "test", new[] { "id" }, "id,value", new List<Rejection>());

        var read = csv.Read(progress, every).Select(r => r.Cell("id")).ToList();

        Assert.Equal(Enumerable.Range(1, rows).Select(i => $"R{i}"), read);
        Assert.Equal(expected, string.Join("|", progress.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Read_MalformedRow_CountsTowardsProgressButIsSkipped()
    {
        var path = Path.Combine(_scratch, "rows.csv");
        File.WriteAllText(path, "id,value\nR1,1\nR\"2,2\nR3,3\n");
        var problems = new List<Rejection>();
        using var progress = new StringWriter();
        using var csv = CsvRows.Open(path, "test", new[] { "id" }, "id,value", problems);

        var read = csv.Read(progress, 3).Select(r => (r.Line, Id: r.Cell("id"))).ToList();

        Assert.Equal(new[] { (2, "R1"), (4, "R3") }, read);
        Assert.Equal("rows.csv line 3", Assert.Single(problems).Entry);
        Assert.Contains("rows.csv: 3 rows read, done.", progress.ToString());
    }
}
