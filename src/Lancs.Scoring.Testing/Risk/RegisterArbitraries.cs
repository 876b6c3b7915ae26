using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Testing;

/// <summary>FsCheck generators, with shrinking, for registers: one quarter's (<see cref="GeneratedRegister"/>), two
/// quarters' with repeats, moves and missing residuals (<see cref="TwoQuarterRegister"/>), valid rows as a register file
/// gives them (<see cref="RegisterRow"/>) and hostile rows (<see cref="HostileRow"/>). Register the class with
/// <c>[Properties(Arbitrary = new[] { typeof(RegisterArbitraries) })]</c>.</summary>
/// <remarks>Registers shrink by dropping entries, then by lowering scores; a two-quarter run also drops its previous
/// quarter, covering statements and appetite, and plainer entries (no target, no stated direction, bare scores).</remarks>
public static class RegisterArbitraries
{
    private static readonly int[] ScoreValues = RiskScore.All.Select(s => s.Value).ToArray();

    private static readonly string?[] Stated =
    {
        null, "Upwards", "Downwards", "Level", "\u2191", "Level \u2013 however the direction of travel is increased", "Residual risk remains unchanged",
    };

    /// <summary>Gets the appetites a <see cref="TwoQuarterRegister"/>'s policy may have: none (as published); score ranges
    /// covering the matrix, with an appetite for both kinds; cells only, covering part of the matrix, with an appetite for
    /// risks only (bare scores are then never placed); and ranges and cells mixed, with gaps.</summary>
    public static IReadOnlyList<RiskAppetite> Appetites { get; } = new[]
    {
        RiskAppetite.None,
        RiskAppetite.Create(
            new[] { Range("low", 1, 6), Range("medium", 8, 12), Range("high", 15, 25) },
            risk: new[] { "low", "medium" }, opportunity: new[] { "medium", "high" }),
        RiskAppetite.Create(
            new[] { Cells("low", "1x1", "1x2", "2x1", "2x2"), Cells("high", "4x4", "4x5", "5x4", "5x5") },
            risk: new[] { "low" }),
        RiskAppetite.Create(
            new[] { AppetiteZone.Create("low", "#2e7d32", Cells("low", "2x3", "3x2").Cells, 1, 4), Range("mid", 8, 12), Cells("high", "5x3", "4x5", "5x4", "5x5") },
            risk: new[] { "low", "mid" }, opportunity: new[] { "high" }),
    };

    /// <summary>Gets a generator of one-quarter registers of up to 15 entries, about one in three an opportunity.</summary>
    public static Gen<GeneratedRegister> RegisterGen =>
        Gen.ListOf(
            from isRisk in Gen.Elements(true, true, false)
            from inherent in Gen.Elements(ScoreValues)
            from residual in Gen.Elements(ScoreValues)
            select (isRisk, inherent, residual))
        .Select(rows => new GeneratedRegister(rows.Take(15).ToList()));

    /// <summary>Gets a generator of one generated entry of a two-quarter run: ids from a range of 30, one residual in ten
    /// missing, two in five with a target, half with some scores given as cells.</summary>
    public static Gen<GeneratedEntry> EntryGen =>
        from isRisk in Gen.Elements(true, true, true, false)
        from number in Gen.Choose(1, 30)
        from subject in Gen.Choose(0, TwoQuarterRegister.Subjects.Count - 1)
        from inherent in Gen.Elements(ScoreValues)
        from residual in Gen.Frequency((9, Gen.Elements(ScoreValues).Select(s => (int?)s)), (1, Gen.Constant((int?)null)))
        from stated in Gen.Elements(Stated)
        from target in Gen.Frequency((2, Gen.Elements(ScoreValues).Select(s => (int?)s)), (3, Gen.Constant((int?)null)))
        from placed in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 7)))
        select new GeneratedEntry(isRisk, number, subject, inherent, residual, stated, target, placed);

    /// <summary>Gets a generator of two-quarter runs: up to 50 entries a quarter, a previous quarter four runs in five,
    /// covering statements one in three, thresholds 8-16, every matching, appetite zones three runs in five.</summary>
    public static Gen<TwoQuarterRegister> TwoQuarterGen
    {
        get
        {
            var entries = Gen.ListOf(EntryGen).Select(l => (IReadOnlyList<GeneratedEntry>)l.Take(50).ToList());
            var covering = Gen.ListOf(
                from number in Gen.Choose(1, 30)
                from added in Gen.Elements(true, false)
                from stated in Gen.Frequency((1, Gen.Elements(ScoreValues).Select(s => (int?)s)), (1, Gen.Constant((int?)null)))
                select (number, added, stated)).Select(l => (IReadOnlyList<(int, bool, int?)>)l.Take(10).ToList());
            return from current in entries
                   from previous in Gen.Frequency((4, entries.Select(p => (IReadOnlyList<GeneratedEntry>?)p)), (1, Gen.Constant((IReadOnlyList<GeneratedEntry>?)null)))
                   from statements in Gen.Frequency((1, covering.Select(c => (IReadOnlyList<(int, bool, int?)>?)c)), (2, Gen.Constant((IReadOnlyList<(int, bool, int?)>?)null)))
                   from threshold in Gen.Elements(8, 10, 12, 15, 16)
                   from matching in Gen.Elements(PreviousQuarterMatching.ByLineage, PreviousQuarterMatching.ById, PreviousQuarterMatching.ByIdAndDescription)
                   from zones in Gen.Elements(0, 0, 1, 2, 3)
                   select new TwoQuarterRegister(current, previous, statements, threshold, matching, zones);
        }
    }

    /// <summary>Gets a generator of valid register rows, as a register file gives them: an id CR or CO with a number, the
    /// kind or a blank, a description, scores as numbers or as impact x likelihood, a residual blank one row in ten.</summary>
    public static Gen<RegisterRow> RowGen =>
        from isRisk in Gen.Elements(true, true, false)
        from number in Gen.Choose(1, 99)
        from kindGiven in Gen.Elements(true, true, false)
        from subject in Gen.Choose(0, TwoQuarterRegister.Subjects.Count - 1)
        from inherent in ScoreCellGen
        from residual in Gen.Frequency((9, ScoreCellGen.Select(s => (string?)s)), (1, Gen.Constant((string?)null)))
        from stated in Gen.Elements(Stated)
        from target in Gen.Frequency((1, ScoreCellGen.Select(s => (string?)s)), (3, Gen.Constant((string?)null)))
        select new RegisterRow(2, (isRisk ? "CR" : "CO") + number.ToString(CultureInfo.InvariantCulture), kindGiven ? (isRisk ? "risk" : "opportunity") : null,
            TwoQuarterRegister.Subjects[subject], "Economic", "MT", inherent, residual, stated, null, target);

    /// <summary>Gets a generator of rows with one bad cell: a blank or malformed id, a kind that is neither or disagrees with
    /// the id, a blank description, or an inherent, residual or target score that is not on the matrix or not a score.</summary>
    public static Gen<HostileRow> HostileRowGen =>
        from row in RowGen
        from broken in Gen.Elements(
            Broken("id", "", "   ", "CR", "XYZ", "12", "CR-", "\u0661\u0666"),
            Broken("kind", "threat", "issue", "-"),
            Broken("description", "", "   "),
            Broken("inherent", "", "7", "0", "26", "abc", "-4", "6x1", "\u0661\u0666"),
            Broken("residual", "7", "0", "26", "abc", "-4", "\uff11\uff12"),
            Broken("target", "7", "0", "26", "abc"))
        from value in Gen.Elements(broken.Values)
        select new HostileRow(Break(row, broken.Field, value), broken.Field);

    /// <summary>One-quarter registers, shrinking by dropping entries and then by lowering scores.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeneratedRegister> Registers() => Arb.From(RegisterGen, ShrinkRegister);

    /// <summary>Two-quarter runs, shrinking towards fewer, plainer entries and no previous quarter, statements or appetite.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TwoQuarterRegister> TwoQuarters() => Arb.From(TwoQuarterGen, ShrinkTwoQuarters);

    /// <summary>Valid register rows, shrinking to plainer rows (no target, no stated direction, bare scores).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RegisterRow> Rows() => Arb.From(RowGen, ShrinkRow);

    /// <summary>Rows with one bad cell, shrinking the other cells to plainer ones and keeping the bad cell.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<HostileRow> HostileRows() => Arb.From(HostileRowGen, h => ShrinkRow(h.Row).Select(r => new HostileRow(Break(r, h.BrokenField, Cell(h.Row, h.BrokenField)), h.BrokenField)));

    /// <summary>The smaller registers FsCheck tries when a register fails a law: one entry fewer, then one score lower.</summary>
    /// <param name="register">The failing register.</param>
    /// <returns>The candidates, smallest change first.</returns>
    public static IEnumerable<GeneratedRegister> ShrinkRegister(GeneratedRegister register)
    {
        var rows = register.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            yield return new GeneratedRegister(rows.Where((_, j) => j != i).ToList());
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!row.IsRisk)
            {
                yield return new GeneratedRegister(rows.Select((r, j) => j == i ? (true, r.Inherent, r.Residual) : r).ToList());
            }

            foreach (var lower in ScoreValues.Where(v => v < row.Inherent))
            {
                yield return new GeneratedRegister(rows.Select((r, j) => j == i ? (r.IsRisk, lower, r.Residual) : r).ToList());
            }

            foreach (var lower in ScoreValues.Where(v => v < row.Residual))
            {
                yield return register.WithResidual(i, lower);
            }
        }
    }

    private static IEnumerable<TwoQuarterRegister> ShrinkTwoQuarters(TwoQuarterRegister run)
    {
        if (run.Previous is not null)
        {
            yield return run.With(run.Current, null, run.Covering, run.Zones);
        }

        if (run.Covering is not null)
        {
            yield return run.With(run.Current, run.Previous, null, run.Zones);
        }

        if (run.Zones != 0)
        {
            yield return run.With(run.Current, run.Previous, run.Covering, 0);
        }

        foreach (var current in ShrinkEntries(run.Current))
        {
            yield return run.With(current, run.Previous, run.Covering, run.Zones);
        }

        if (run.Previous is not null)
        {
            foreach (var previous in ShrinkEntries(run.Previous))
            {
                yield return run.With(run.Current, previous, run.Covering, run.Zones);
            }
        }
    }

    private static IEnumerable<IReadOnlyList<GeneratedEntry>> ShrinkEntries(IReadOnlyList<GeneratedEntry> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            yield return entries.Where((_, j) => j != i).ToList();
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Target is not null || e.Stated is not null || e.Placed != 0)
            {
                var plain = e.With(e.Residual, null, null, 0);
                yield return entries.Select((x, j) => j == i ? plain : x).ToList();
            }
        }
    }

    private static IEnumerable<RegisterRow> ShrinkRow(RegisterRow row)
    {
        if (row.Target is not null || row.DirectionOfTravel is not null)
        {
            yield return new RegisterRow(row.Line, row.Id, row.Kind, row.Description, row.RiskType, row.Owner, row.Inherent, row.Residual, null, row.Source, null);
        }

        if (row.Inherent is { } inherent && inherent.Contains("x"))
        {
            yield return new RegisterRow(row.Line, row.Id, row.Kind, row.Description, row.RiskType, row.Owner, Bare(inherent), row.Residual, row.DirectionOfTravel, row.Source, row.Target);
        }

        if (row.Residual is { } residual && residual.Contains("x"))
        {
            yield return new RegisterRow(row.Line, row.Id, row.Kind, row.Description, row.RiskType, row.Owner, row.Inherent, Bare(residual), row.DirectionOfTravel, row.Source, row.Target);
        }
    }

    private static string Bare(string cell) =>
        (int.Parse(cell.Substring(0, 1), CultureInfo.InvariantCulture) * int.Parse(cell.Substring(2, 1), CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A score cell: a score on the matrix as a number, or one of its cells as "impact x likelihood" (impact 1-4,
    /// as impact 5 has a word of its own for each kind).</summary>
    private static Gen<string> ScoreCellGen =>
        Gen.OneOf(
            Gen.Elements(ScoreValues).Select(v => v.ToString(CultureInfo.InvariantCulture)),
            Gen.Choose(1, 4).Zip(Gen.Choose(1, 5), (i, l) => i.ToString(CultureInfo.InvariantCulture) + "x" + l.ToString(CultureInfo.InvariantCulture)));

    private static (string Field, string[] Values) Broken(string field, params string[] values) => (field, values);

    private static string? Cell(RegisterRow row, string field) => field switch
    {
        "id" => row.Id,
        "kind" => row.Kind,
        "description" => row.Description,
        "inherent" => row.Inherent,
        "residual" => row.Residual,
        _ => row.Target,
    };

    private static RegisterRow Break(RegisterRow r, string field, string? value) => new(
        r.Line,
        field == "id" ? value : r.Id,
        field == "kind" ? value : r.Kind,
        field == "description" ? value : r.Description,
        r.RiskType,
        r.Owner,
        field == "inherent" ? value : r.Inherent,
        field == "residual" ? value : r.Residual,
        r.DirectionOfTravel,
        r.Source,
        field == "target" ? value : r.Target);

    private static AppetiteZone Range(string name, int from, int to) => AppetiteZone.Create(name, "#607d8b", lowestScore: from, highestScore: to);

    private static AppetiteZone Cells(string name, params string[] cells) => AppetiteZone.Create(name, "#607d8b", cells.Select(c =>
        RiskMatrix.CellOf(Impact.FromValue(c[0] - '0'), Likelihood.FromValue(c[2] - '0'))));
}
