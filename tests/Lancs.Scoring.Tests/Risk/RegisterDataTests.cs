using System;
using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Tests.Support;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>The transcribed registers (data/registers) read through the value types, and the papers' own inconsistencies.</summary>
public sealed class RegisterDataTests
{
    private static readonly string[] Changes = { "remains", "added", "removed", "reworded" };

    [Fact]
    public void Registers_FileNames_AreQuarters()
    {
        Assert.All(RegisterData.Registers, r => Assert.Equal(Quarter.Parse(r.Quarter), Quarter.Parse(r.File.Replace(".csv", string.Empty))));
    }

    [Fact]
    public void Registers_EveryId_ParsesUniquelyWithTheTranscribedKind()
    {
        foreach ((string quarter, string file) in RegisterData.Registers)
        {
            CsvTable table = RegisterData.Load(file);
            List<EntryId> ids = table.Rows.Select(r => EntryId.Parse(table.Get(r, "id"))).ToList();

            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(table.Rows.Zip(ids), p => Assert.Equal(table.Get(p.First, "kind"), p.Second.Kind.Name.ToLowerInvariant()));
        }
    }

    [Fact]
    public void Registers_EveryScoreCell_IsAnAssessmentAndResidualMovesTheKindsWay()
    {
        foreach ((string quarter, CsvTable table, IReadOnlyList<string> row) in RegisterData.AllRows())
        {
            string where = quarter + " " + table.Get(row, "id");
            Assert.True(Assessment.TryParse(table.Get(row, "inherent"), out Assessment? inherent, out string? error), where + ": " + error);
            Assert.True(Assessment.TryParse(table.Get(row, "residual"), out Assessment? residual, out error), where + ": " + error);
            RegisterKind kind = EntryId.Parse(table.Get(row, "id")).Kind;

            // register_rules.md §3: residual <= inherent for every risk, >= for every opportunity.
            Assert.True(kind.HigherIsBetter ? residual!.Score >= inherent!.Score : residual!.Score <= inherent!.Score, where);
            Assert.True(residual.Score >= RiskScore.FromValue(12), where + ": every printed residual is 12 or above (§4).");
        }
    }

    [Fact]
    public void CoveringReports_EveryRow_IsWellFormed()
    {
        CsvTable reports = CsvTable.Load("data", "registers", "covering-reports.csv");

        Assert.All(reports.Rows, r =>
        {
            Assert.True(Quarter.TryParse(reports.Get(r, "quarter"), out _));
            Assert.True(EntryId.TryParse(reports.Get(r, "id"), out _, out _));
            Assert.Contains(reports.Get(r, "change"), Changes);
            string stated = reports.Get(r, "stated_residual");
            Assert.True(stated.Length == 0 || RiskScore.IsOnMatrix(int.Parse(stated, System.Globalization.CultureInfo.InvariantCulture)), stated);
            Assert.Matches(@"^00[012]:[0-9]+$", reports.Get(r, "source"));
            Assert.NotEmpty(reports.Get(r, "verbatim"));
        });
    }

    [Fact]
    public void CoveringReports_AddedAndRemainingEntriesAreInTheTableAndRemovedOnesAreNot()
    {
        Dictionary<string, HashSet<EntryId>> tables = TableIds();
        CsvTable reports = CsvTable.Load("data", "registers", "covering-reports.csv");

        foreach (IReadOnlyList<string> row in reports.Rows)
        {
            bool inTable = tables[reports.Get(row, "quarter")].Contains(EntryId.Parse(reports.Get(row, "id")));
            Assert.True(inTable != (reports.Get(row, "change") == "removed"), string.Join(",", row));
        }
    }

    [Fact]
    public void CoveringReports_StatedResidualDisagreesWithTheTableOnlyFor2016CR15()
    {
        Dictionary<(string, EntryId), RiskScore> residuals = RegisterData.AllRows().ToDictionary(
            r => (r.Quarter, EntryId.Parse(r.Table.Get(r.Row, "id"))),
            r => RiskScore.FromValue(int.Parse(r.Table.Get(r.Row, "residual"), System.Globalization.CultureInfo.InvariantCulture)));
        CsvTable reports = CsvTable.Load("data", "registers", "covering-reports.csv");

        IEnumerable<string> disagreements = reports.Rows
            .Where(r => reports.Get(r, "stated_residual").Length > 0)
            .Where(r => residuals[(reports.Get(r, "quarter"), EntryId.Parse(reports.Get(r, "id")))].ToString() != reports.Get(r, "stated_residual"))
            .Select(r => reports.Get(r, "source") + " " + reports.Get(r, "id") + " " + reports.Get(r, "change"))
            .Distinct();

        // register_rules.md §9.1: "the residual score increased to 16" (001:800) against Residual Score 12 (001:878).
        Assert.Equal(new[] { "001:800 CR15 remains", "001:800 CR15 reworded" }, disagreements);
    }

    [Fact]
    public void CoveringReports_MentionEveryTableEntryExcept2017C01()
    {
        CsvTable reports = CsvTable.Load("data", "registers", "covering-reports.csv");
        var mentioned = new HashSet<(string, EntryId)>(reports.Rows.Select(r => (reports.Get(r, "quarter"), EntryId.Parse(reports.Get(r, "id")))));

        IEnumerable<string> unmentioned = RegisterData.AllRows()
            .Where(r => !mentioned.Contains((r.Quarter, EntryId.Parse(r.Table.Get(r.Row, "id")))))
            .Select(r => r.Table.Get(r.Row, "source") + " " + r.Table.Get(r.Row, "id"));

        // register_rules.md §9.4: C01 (000:1551) is missing from the 000 "remain 12 or above" list.
        Assert.Equal(new[] { "000:1551 C01" }, unmentioned);
    }

    [Fact]
    public void SubItems_BelongToAnEntryOfTheirQuarter()
    {
        Dictionary<string, HashSet<EntryId>> tables = TableIds();
        CsvTable subItems = CsvTable.Load("data", "registers", "sub-items.csv");

        Assert.NotEmpty(subItems.Rows);
        Assert.All(subItems.Rows, r =>
        {
            EntryId sub = EntryId.Parse(subItems.Get(r, "parent_id") + "." + subItems.Get(r, "number"));
            Assert.Contains(EntryId.Parse(sub.Parent!), tables[subItems.Get(r, "quarter")]);
        });
    }

    private static Dictionary<string, HashSet<EntryId>> TableIds()
        => RegisterData.AllRows()
            .GroupBy(r => r.Quarter, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new HashSet<EntryId>(g.Select(r => EntryId.Parse(r.Table.Get(r.Row, "id")))), StringComparer.Ordinal);
}
