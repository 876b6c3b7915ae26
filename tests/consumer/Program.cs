using Lancs.Scoring;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

// A council app's first use of the package: re-score the council's real registers, run the README's example,
// check the bulk behaviour on a small register, and write one rule of its own.
var registers = RegistersFolder();
var previousRows = RegisterFile.Read(Path.Combine(registers, "2016-17-Q1.csv"));
var rows = RegisterFile.Read(Path.Combine(registers, "2017-18-Q2.csv"));

// 1. The real Q2 2017/18 register against Q1 2016/17: the 22 entries the paper prints, CO3 and CR15 gone, CR27-CR30 new.
var real = new RegisterScorer().Rescore(Quarter.Parse("2017/18 Q2"), rows, Quarter.Parse("2016/17 Q1"), previousRows);
Console.WriteLine($"2017/18 Q2: {real.Entries.Count} entries, {real.CorporateRegister.Count} on the corporate register, {real.Changes.Count} changes, {real.Findings.Count} findings");
Check(real.Rejections.Count == 0, $"the real register had rejections: {string.Join("; ", real.Rejections)}");
Check(real.CorporateRegister.Count == 22, $"{real.CorporateRegister.Count} entries on the corporate register, not the paper's 22");
Check(Kinds(real, "CO3", "CR15", "CR27", "CR30") == "Removed Removed Added Added", $"changes were {Kinds(real, "CO3", "CR15", "CR27", "CR30")}");
Check(real.CorporateRegister.All(e => e.Explanation.Count > 0), "every entry should explain itself");

// 2. The docs' examples, compiled from README.md and docs/getting-started.md against this package (Consumer.csproj).
ReadmeExample.Run(rows, previousRows);
GettingStartedExample.Run();
GettingStartedNRulesExample.Run();

// 3. A small register: a bad row is rejected and the others still scored.
var previous = Rows(new[] { "CR1,Budget delivery,25,16", "CR2,Financial viability,25,12", "CR3,Emergency planning,16,12" });
var current = Rows(new[] { "CR1,Budget delivery,25,16", "CR2,Financial viability,25,9", "CR4,Data protection,16,12", "CR5,Bad row,16,7" });
var result = new RegisterScorer().Rescore(Quarter.Parse("2017/18 Q2"), current, Quarter.Parse("2017/18 Q1"), previous);
var actual = string.Join(", ", result.Changes.Select(c => $"{c.Id} {c.Kind}"));
Check(actual == "CR1 Remains, CR2 Removed, CR4 Added, CR3 Removed", $"changes were {actual}");
Check(result.Rejections.Count == 1 && result.Rejections[0].Field == "residual", "CR5's residual 7 should be rejected");
Check(result.CorporateRegister.Count == 2, "CR1 and CR4 should be on the corporate register");

// 4. The register rules in the app's own NRules session, beside a rule of its own that reads a library fact.
var repository = new RuleRepository();
repository.Add(RegisterRules.RuleSet(ScoringPolicy.Default));
repository.Load(spec => spec.From(typeof(HighResidualRule)).To("consumer"));
var session = repository.Compile().CreateSession();
var q2 = Quarter.Parse("2017/18 Q2");
var q1 = Quarter.Parse("2016/17 Q1");
var q2Entries = Entries(rows, q2);
var q1Entries = Entries(previousRows, q1);
session.InsertAll(q2Entries);
session.Insert(new PreviousQuarterGiven(q1, q2));
session.InsertAll(q1Entries.Select(e => new PreviousQuarterEntry(e)));
session.InsertAll(RegisterLineage.Match(q2Entries, q1Entries, ScoringPolicy.Default));   // the published policy matches by lineage
session.Fire();
var included = session.Query<Inclusion>().Where(i => i.IsOnCorporateRegister).Select(i => i.Entry.Id.Raw).OrderBy(id => id).ToList();
var flagged = session.Query<HighResidual>().Select(h => h.Id).OrderBy(id => id).ToList();
var expectedFlags = real.CorporateRegister.Where(e => e.Residual!.Value.Value >= 16).Select(e => e.Entry.Id.Raw).OrderBy(id => id).ToList();
Check(included.SequenceEqual(real.CorporateRegister.Select(e => e.Entry.Id.Raw).OrderBy(id => id)), "the NRules session should put the same 22 entries on the register");
Check(flagged.Count > 0 && flagged.SequenceEqual(expectedFlags), $"the app's own rule flagged {string.Join(" ", flagged)}, not {string.Join(" ", expectedFlags)}");
Check(session.Query<RegisterChange>().Count() == real.Changes.Count, "the NRules session should derive the same register changes");

// 5. The same repository compiled by the package's batch engine derives the same facts, and explains them.
var batch = BatchRuleSet.Compile(repository.GetRuleSets()).CreateSession();
batch.InsertAll(q2Entries);
batch.Insert(new PreviousQuarterGiven(q1, q2));
batch.InsertAll(q1Entries.Select(e => new PreviousQuarterEntry(e)));
batch.InsertAll(RegisterLineage.Match(q2Entries, q1Entries, ScoringPolicy.Default));
batch.Fire();
Check(batch.Query<HighResidual>().Select(h => h.Id).OrderBy(id => id).SequenceEqual(flagged), "the batch engine should flag the same entries");
Console.WriteLine(batch.Explain(batch.Query<HighResidual>()[0]));

// 6. Typed entries, the council's own ids, a policy comparison and explanations as data.
LibraryApiCheck.Run(rows, previousRows, Check);

// 7. Lancs.Scoring.Testing: one FsCheck law on a proposed policy, and the same law failing a scorer broken by hand.
Console.WriteLine(TestingCheck.Run());

// 8. Lancs.Scoring.Hosting: the host registration, the policy from configuration, a bad one stopping the host.
Console.WriteLine(await HostingCheck.RunAsync(rows, previousRows));
Console.WriteLine("consumer check passed");
return 0;

static string RegistersFolder()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "data", "registers")))
    {
        directory = directory.Parent;
    }

    return directory is null ? throw new DirectoryNotFoundException("data/registers not found above " + AppContext.BaseDirectory)
        : Path.Combine(directory.FullName, "data", "registers");
}

static string Kinds(RegisterResult result, params string[] ids) =>
    string.Join(" ", ids.Select(id => result.Changes.FirstOrDefault(c => c.Id.Raw == id)?.Kind.ToString() ?? "none"));

static List<RegisterEntry> Entries(IEnumerable<RegisterRow> rows, Quarter quarter)
{
    var entries = new List<RegisterEntry>();
    foreach (var row in rows)
    {
        Check(RegisterEntry.TryFromRow(row, quarter, entries.Count, out var entry, out var rejection), $"row {row.Line} rejected: {rejection}");
        entries.Add(entry!);
    }

    return entries;
}

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

/// <summary>An app's own fact.</summary>
public sealed class HighResidual(string id)
{
    public string Id { get; } = id;

    public override string ToString() => $"{Id} has a residual of 16 or more";
}

/// <summary>An app's own rule over a fact the library's rules derive.</summary>
[Name("High residual on the register")]
[Policy("consumer check")]
public sealed class HighResidualRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Inclusion inclusion = null!;
        When().Match(() => inclusion, i => i.IsOnCorporateRegister, i => i.Entry.Residual != null && i.Entry.Residual.Score.Value >= 16);
        Then().Yield(_ => new HighResidual(inclusion.Entry.Id.Raw));
    }
}
