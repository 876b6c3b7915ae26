using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Lancs.Scoring.Cli;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>Runs the hostile-input catalogue (<see cref="HostileInputs"/>): each case has exactly its outcome, the control
/// rows around it are accepted whatever it is, and no exception escapes.</summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly Quarter Q2 = Quarter.Parse("2017/18 Q2");
    private static readonly RegisterScorer Scorer = new();
    private static readonly KpiScorer KpiScorer = new(KpiCatalogue.Papers);
    private static readonly ComplaintClassifier Classifier = new();
    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-hostile-").FullName;

    public static IEnumerable<object[]> RegisterCases => HostileInputs.Ids(HostileArea.Register);

    public static IEnumerable<object[]> KpiCases => HostileInputs.Ids(HostileArea.Kpi);

    public static IEnumerable<object[]> ComplaintsCases => HostileInputs.Ids(HostileArea.Complaints);

    public static IEnumerable<object[]> PolicyCases => HostileInputs.Ids(HostileArea.Policy);

    public static IEnumerable<object[]> CommandLineCases => HostileInputs.Ids(HostileArea.CommandLine);

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Catalogue_HasAtLeast150CasesWithUniqueIds()
    {
        Assert.True(HostileInputs.All.Count >= 150, $"{HostileInputs.All.Count} cases");
        Assert.Equal(HostileInputs.All.Count, HostileInputs.All.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RegisterCases))]
    public void Register_HostileInput_HasExactlyItsOutcome(string id)
    {
        var hostile = HostileInputs.ById[id];
        if (Refused(hostile, "2017-18-Q2.csv", "rescore", "--format", "json"))
        {
            return;
        }

        var (rows, problems) = RegisterCsv.Read(new MemoryStream(Bytes(hostile.Input)), "2017-18-Q2.csv", TextWriter.Null);
        var result = Scorer.Rescore(Q2, rows);
        var accepted = result.Entries.Select(e => e.Entry).ToList();
        AssertOutcome(hostile, problems.Concat(result.Rejections).ToList(), accepted.Count, accepted.FirstOrDefault(e => e.Position == 1) is { } e ? Summary(e) : null);
    }

    [Theory]
    [MemberData(nameof(KpiCases))]
    public void Kpi_HostileInput_HasExactlyItsOutcome(string id)
    {
        var hostile = HostileInputs.ById[id];
        if (Refused(hostile, "observations.csv", "kpi"))
        {
            return;
        }

        var (observations, problems) = KpiCsv.Read(new MemoryStream(Bytes(hostile.Input)), "observations.csv", TextWriter.Null);
        var report = KpiScorer.Score(observations);
        var results = report.Results.Select(r => r.Observation).ToList();
        AssertOutcome(hostile, problems.Concat(report.Rejections).ToList(), results.Count, results.Count > 1 ? Summary(results[1]) : null);
    }

    [Theory]
    [MemberData(nameof(ComplaintsCases))]
    public void Complaints_HostileInput_HasExactlyItsOutcome(string id)
    {
        var hostile = HostileInputs.ById[id];
        if (Refused(hostile, "complaints.csv", "complaints"))
        {
            return;
        }

        var (complaints, problems) = ComplaintsCsv.Read(new MemoryStream(Bytes(hostile.Input)), "complaints.csv", TextWriter.Null);
        var result = Classifier.Classify(complaints);
        var rejections = problems.Concat(result.Rejections).ToList();
        AssertOutcome(hostile, rejections, complaints.Count - result.Rejections.Count, complaints.Count > 1 ? Summary(complaints[1]) : null);
    }

    [Theory]
    [MemberData(nameof(PolicyCases))]
    public void Policy_HostileInput_HasExactlyItsOutcome(string id)
    {
        var hostile = HostileInputs.ById[id];
        var path = Path.Combine(_scratch, "policy.json");
        File.WriteAllBytes(path, Bytes(hostile.Input));
        if (hostile.Expected.Outcome == HostileOutcome.Usage)
        {
            var (code, _, error) = Run("rescore", Path.Combine(AppContext.BaseDirectory, "data", "registers", "2018-19-Q1.csv"), "--policy", path);
            Assert.Equal(ExitCode.Failure, code);
            Assert.Contains(hostile.Expected.Detail, error, StringComparison.Ordinal);
            return;
        }

        Assert.Contains(hostile.Expected.Detail, RegisterCsv.Policy(path).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CommandLineCases))]
    public void CommandLine_HostileInput_HasExactlyItsExitCodeAndMessage(string id)
    {
        var hostile = HostileInputs.ById[id];
        foreach (var (name, text) in hostile.Files ?? new Dictionary<string, string>())
        {
            File.WriteAllText(Path.Combine(_scratch, name), text);
        }

        var args = hostile.Input.Length == 0 ? Array.Empty<string>() : hostile.Input
            .Replace("{dir}", _scratch, StringComparison.Ordinal)
            .Replace("{data}", Path.Combine(AppContext.BaseDirectory, "data"), StringComparison.Ordinal)
            .Split('|');
        var (code, output, error) = Run(args);

        Assert.Equal(hostile.ExitCode, (int)code);
        Assert.Contains(hostile.Expected.Detail, output + error, StringComparison.Ordinal);
    }

    /// <summary>Returns the file's bytes: UTF-8 with <c>{xNN}</c> raw bytes, or UTF-16 after a "utf16:" or "utf16nobom:" prefix.</summary>
    private static byte[] Bytes(string input) =>
        input.StartsWith("utf16:", StringComparison.Ordinal) ? Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(input.Substring(6))).ToArray()
        : input.StartsWith("utf16nobom:", StringComparison.Ordinal) ? Encoding.Unicode.GetBytes(input.Substring(11))
        : HostileCase.Bytes(input);

    /// <summary>For a case refused as a whole: runs the command on the file and checks exit code 2 and the message.</summary>
    private bool Refused(HostileCase hostile, string fileName, params string[] command)
    {
        if (hostile.Expected.Outcome != HostileOutcome.Usage)
        {
            return false;
        }

        var path = Path.Combine(_scratch, fileName);
        File.WriteAllBytes(path, Bytes(hostile.Input));
        var (code, _, error) = Run(new[] { command[0], path }.Concat(command.Skip(1)).ToArray());
        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains(hostile.Expected.Detail, error, StringComparison.Ordinal);
        return true;
    }

    /// <summary>Checks a file of three rows: the controls on the first and last are accepted, the case's row has its outcome.</summary>
    private static void AssertOutcome(HostileCase hostile, List<Rejection> rejections, int acceptedCount, string? caseRow)
    {
        var expected = hostile.Expected;
        if (expected.Outcome == HostileOutcome.Accepted)
        {
            Assert.True(rejections.Count == 0, $"{hostile}: rejected: {string.Join(" / ", rejections)}");
            Assert.Equal(3, acceptedCount);
            Assert.Contains(expected.Detail, caseRow, StringComparison.Ordinal);
            return;
        }

        var rejection = Assert.Single(rejections);
        Assert.Equal(2, acceptedCount);
        Assert.Equal(expected.Entry, rejection.Entry);
        Assert.Equal(expected.Field, rejection.Field);
        Assert.Contains(expected.Detail, rejection.Reason, StringComparison.Ordinal);
        Assert.True(rejection.ToString().Length <= 1200, $"{rejection.ToString().Length} characters: {rejection}");
    }

    private static string Summary(RegisterEntry e) =>
        $"{e.Id.Raw} {e.Inherent.Score}/{(e.Residual is null ? "-" : e.Residual.Score.ToString())}"
        + (e.Inherent.Impact is null ? string.Empty : $" cell {e.Inherent.Impact.Value}x{e.Inherent.Likelihood!.Value}")
        + (e.Inherent.Note is null ? string.Empty : " note " + e.Inherent.Note);

    private static string Summary(KpiObservation o) => string.Format(CultureInfo.InvariantCulture, "{0} {1:0000}-{2:00} {3}",
        o.IndicatorCode, o.Period.EndYear, o.Period.EndMonth, o.Value?.ToString(CultureInfo.InvariantCulture) ?? "-");

    private static string Summary(Complaint c) => FormattableString.Invariant($"{c.Reference} {c.Stream.Name} {c.Stage.Name} {c.Received:yyyy-MM-dd} {c.Outcome?.Name ?? "open"}");

    private static (ExitCode Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
