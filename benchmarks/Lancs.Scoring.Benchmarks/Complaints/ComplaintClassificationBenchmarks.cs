using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Benchmarks.Complaints;

/// <summary>Classification of a large batch of complaints, through the rules and by hand.</summary>
/// <remarks>Complaints cycle through every stream, with an outcome that stream allows (or open, one in eight), a stage it
/// allows, received dates over four financial years, one in twenty over the timescale and about 1% with an outcome the
/// stream does not allow (rejections), all from a fixed seed. Setup checks that both paths give the same figures.</remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Complaints")]
[LargeRegisterJob(warmupCount: 15, iterationCount: 15)]
public class ComplaintClassificationBenchmarks
{
    private ComplaintClassifier _rules = null!;
    private HandWrittenComplaints _hand = null!;
    private List<Complaint> _complaints = null!;

    /// <summary>Gets or sets the number of complaints.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>Gets the sizes: 1,000,000 complaints, or 10,000 for the CI smoke run.</summary>
    public static int[] Sizes => Smoke.IsOn ? new[] { 10_000 } : new[] { 1_000_000 };

    /// <summary>Compiles the rules, generates the complaints and checks that both paths agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var grouping = OutcomeGrouping.Default;
        _rules = new ComplaintClassifier(grouping);
        _hand = new HandWrittenComplaints(grouping);
        var streams = ComplaintStream.List.OrderBy(s => s.Value).ToArray();
        var stages = ComplaintStage.List.OrderBy(s => s.Value).ToArray();
        var random = new Random(Data.SyntheticRegister.DefaultSeed);
        _complaints = new List<Complaint>(Size);
        for (var i = 0; i < Size; i++)
        {
            var stream = streams[i % streams.Length];
            var outcomes = grouping.OutcomesOf(stream);
            var allowedStages = stages.Where(s => grouping.AllowsStage(stream, s)).ToArray();
            var received = new DateTime(2015, 4, 1).AddDays(random.Next(4 * 365));
            var roll = random.Next(100);
            ComplaintOutcome? outcome = roll < 12 ? null : roll == 12 ? ComplaintOutcome.LocalResolution : outcomes[random.Next(outcomes.Count)];
            _complaints.Add(Complaint.Create($"C{i}", stream, allowedStages[random.Next(allowedStages.Length)], received,
                outcome is null ? null : received.AddDays(random.Next(1, 60)), outcome, random.Next(20) == 0));
        }

        if (!Describe(Rules()).SequenceEqual(Describe(HandWritten())))
        {
            throw new InvalidOperationException("The hand-written complaint classification disagrees with the rules.");
        }
    }

    /// <summary>The hand-written classification.</summary>
    [Benchmark(Baseline = true)]
    public ComplaintClassification HandWritten() => _hand.Classify(_complaints);

    /// <summary>The classification through the compiled complaint rules.</summary>
    [Benchmark]
    public ComplaintClassification Rules() => _rules.Classify(_complaints);

    private static IEnumerable<string> Describe(ComplaintClassification result) =>
        result.Reports.Select(r => $"{r} {r.Stage0} {r.TimescaleExceeded} " + string.Join(",", r.Groups.Select(g => $"{g}={r.ShareOf(g)}")))
            .Concat(result.Classified.Select(c => c.ToString()))
            .Concat(result.Rejections.Select(j => j.ToString()))
            .Append(result.Open.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
