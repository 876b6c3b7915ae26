using System;
using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;

// A council app's first use of the package: re-score a register through the public API, and write one rule.
var previous = Rows(new[] { "CR1,Budget delivery,25,16", "CR2,Financial viability,25,12", "CR3,Emergency planning,16,12" });
var current = Rows(new[] { "CR1,Budget delivery,25,16", "CR2,Financial viability,25,9", "CR4,Data protection,16,12", "CR5,Bad row,16,7" });

var result = new RegisterScorer().Rescore(Quarter.Parse("2017/18 Q2"), current, Quarter.Parse("2017/18 Q1"), previous);
foreach (var entry in result.Entries)
{
    Console.WriteLine($"{entry.Entry.Id} residual {entry.Residual} {entry.Direction}: {entry.InclusionReason}");
}

foreach (var change in result.Changes)
{
    Console.WriteLine(change);
}

var expected = new[] { "CR1 Remains", "CR2 Removed", "CR4 Added", "CR3 Removed" };
var actual = result.Changes.Select(c => $"{c.Id} {c.Kind}").ToList();
Check(string.Join(", ", actual) == string.Join(", ", expected), $"changes were {string.Join(", ", actual)}");
Check(result.Rejections.Count == 1 && result.Rejections[0].Field == "residual", "CR5's residual 7 should be rejected");
Check(result.CorporateRegister.Count == 2, "CR1 and CR4 should be on the corporate register");

var session = RuleSet.Compile(new Rule[] { new HighResidualRule() }).CreateSession();
session.InsertAll(result.Entries);
session.Fire();
var high = session.Query<string>();
Check(high.Count == 1 && high[0] == "CR1", "the app's own rule should flag CR1");
Console.WriteLine(session.Explain(high[0]));
Console.WriteLine("consumer check passed");
return 0;

static List<RegisterRow> Rows(IEnumerable<string> lines)
{
    var rows = new List<RegisterRow>();
    foreach (var line in lines)
    {
        var cells = line.Split(',');
        rows.Add(new RegisterRow(rows.Count + 2, cells[0], "risk", cells[1], "Economic", "MT", cells[2], cells[3], "Level", null));
    }

    return rows;
}

static void Check(bool condition, string message)
{
    if (!condition)
    {
        Console.Error.WriteLine("consumer check failed: " + message);
        Environment.Exit(1);
    }
}

/// <summary>An app's own rule over the library's results.</summary>
[Name("High residual")]
[Policy("consumer check")]
public sealed class HighResidualRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EntryResult entry = null!;
        When().Match(() => entry, e => e.Residual != null && e.Residual.Value.Value >= 16);
        Then().Yield(() => entry.Entry.Id.Raw);
    }
}
