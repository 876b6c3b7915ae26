using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Lancs.Scoring.Cli;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>The promises of docs/reliability.md not covered by the catalogue and the fuzz properties: output that is the
/// same byte for byte on every run, and scorers that many threads share.</summary>
public sealed class PromiseTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data");

    [Theory]
    [InlineData("table")]
    [InlineData("csv")]
    [InlineData("json")]
    public void Rescore_SameInputTwice_WritesTheSameBytes(string format)
    {
        string[] args = { "rescore", Path.Combine(Data, "registers", "2017-18-Q2.csv"), "--previous", Path.Combine(Data, "registers", "2016-17-Q1.csv"), "--format", format };

        var first = Run(args);
        var second = Run(args);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Rescore_OneScorerOnEightThreads_GivesEachTheSameResult()
    {
        var scorer = new RegisterScorer();
        var (rows, _) = RegisterCsv.Read(Path.Combine(Data, "registers", "2017-18-Q2.csv"), TextWriter.Null);
        var (previous, _) = RegisterCsv.Read(Path.Combine(Data, "registers", "2016-17-Q1.csv"), TextWriter.Null);
        string Summary() => string.Join("\n", scorer.Rescore(Quarter.Parse("2017/18 Q2"), rows, Quarter.Parse("2016/17 Q1"), previous)
            .Entries.Select(e => $"{e.Entry.Id} {e.Residual} {e.IsOnCorporateRegister} {e.Direction} {e.Findings.Count}"));
        var alone = Summary();

        var together = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Select(_ => Summary()).ToList();

        Assert.All(together, s => Assert.Equal(alone, s));
    }

    [Fact]
    public void KpiAndComplaints_OneScorerOnEightThreads_GiveEachTheSameResult()
    {
        var kpi = new KpiScorer(KpiCatalogue.Papers);
        var classifier = new ComplaintClassifier();
        var (observations, _) = KpiCsv.Read(Path.Combine(Data, "kpi", "observations.csv"), TextWriter.Null);
        var (complaints, _) = ComplaintsCsv.Read(Path.Combine(Data, "complaints", "2016-17-from-report-counts.csv"), TextWriter.Null);
        string Summary() =>
            string.Join("\n", kpi.Score(observations).Results.Select(r => $"{r} {r.Movement}"))
            + string.Join("\n", classifier.Classify(complaints).Reports.Select(r => $"{r.FinancialYear} {r.Stream} {r.Received}"));
        var alone = Summary();

        var together = new string[8];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => together[i] = Summary());

        Assert.All(together, s => Assert.Equal(alone, s));
    }

    private static string Run(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return $"{code}\n{output}\n{error}";
    }
}
