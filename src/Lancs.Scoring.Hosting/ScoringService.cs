using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lancs.Scoring.Hosting;

/// <summary>The scorers for an app: asynchronous, cancellable bulk calls that log each rejection (warning), each finding
/// and each run's timing (information) through <see cref="ILogger"/>.</summary>
/// <remarks>The work runs on the thread pool, so a request thread is not held. A token cancels a call before it starts
/// and, in <see cref="RescoreInPartitionsAsync"/>, between partitions; one partition's (or one whole register's) re-score,
/// once started, runs to its end. Thread-safe: one instance serves every request.</remarks>
/// <threadsafety static="true" instance="true">The scorers it wraps are thread-safe, and it keeps no state of its own.</threadsafety>
public sealed class ScoringService
{
    private readonly ILogger _logger;
    private readonly int _partitionSize;

    /// <summary>Creates the service over the registered scorers.</summary>
    /// <param name="registers">The register scorer.</param>
    /// <param name="kpis">The KPI scorer.</param>
    /// <param name="complaints">The complaint classifier.</param>
    /// <param name="options">The options (for the partition size).</param>
    /// <param name="logger">The logger; <see langword="null"/> for none.</param>
    public ScoringService(RegisterScorer registers, KpiScorer kpis, ComplaintClassifier complaints, IOptions<LancsScoringOptions> options, ILogger<ScoringService>? logger = null)
    {
        Registers = registers ?? throw new ArgumentNullException(nameof(registers));
        Kpis = kpis ?? throw new ArgumentNullException(nameof(kpis));
        Complaints = complaints ?? throw new ArgumentNullException(nameof(complaints));
        _partitionSize = (options ?? throw new ArgumentNullException(nameof(options))).Value.PartitionSize;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Gets the register scorer.</summary>
    public RegisterScorer Registers { get; }

    /// <summary>Gets the KPI scorer.</summary>
    public KpiScorer Kpis { get; }

    /// <summary>Gets the complaint classifier.</summary>
    public ComplaintClassifier Complaints { get; }

    /// <summary>Validates and re-scores a register given as rows, as <see cref="RegisterScorer.Rescore"/> does, on the thread pool.</summary>
    /// <param name="quarter">The quarter of <paramref name="current"/>.</param>
    /// <param name="current">The register's rows.</param>
    /// <param name="previousQuarter">The quarter of <paramref name="previous"/>; defaults to the quarter before.</param>
    /// <param name="previous">The previous register's rows, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call before the re-score starts.</param>
    /// <returns>The result, including the rejected rows.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled before the re-score started.</exception>
    public Task<RegisterResult> RescoreAsync(Quarter quarter, IEnumerable<RegisterRow> current, Quarter? previousQuarter = null,
        IEnumerable<RegisterRow>? previous = null, CancellationToken cancellationToken = default)
    {
        if (current is null)
        {
            throw new ArgumentNullException(nameof(current));
        }

        return Task.Run(
            () =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                var clock = Stopwatch.StartNew();
                var result = Registers.Rescore(quarter, current, previousQuarter, previous);
                Log(quarter, result, clock.ElapsedMilliseconds);
                return result;
            },
            cancellationToken);
    }

    /// <summary>Re-scores a register in partitions (<see cref="RegisterScorer.RescoreInPartitions"/>), one on the thread
    /// pool at a time, yielding each partition's result as it is scored and checking the token between partitions.</summary>
    /// <param name="quarter">The quarter of <paramref name="current"/>.</param>
    /// <param name="current">The entries.</param>
    /// <param name="previousQuarter">The quarter of <paramref name="previous"/>; defaults to the quarter before.</param>
    /// <param name="previous">The previous quarter's entries, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the re-score before the next partition.</param>
    /// <returns>One result per partition; together what one re-score of the whole register gives.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled; the partitions already yielded stand.</exception>
    public async IAsyncEnumerable<RegisterResult> RescoreInPartitionsAsync(Quarter quarter, IEnumerable<RegisterEntry> current, Quarter? previousQuarter = null,
        IEnumerable<RegisterEntry>? previous = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (current is null)
        {
            throw new ArgumentNullException(nameof(current));
        }

        var total = Stopwatch.StartNew();
        var (entries, onRegister, findings, partition) = (0, 0, 0, 0);
        using var partitions = Registers.RescoreInPartitions(quarter, current, previousQuarter, previous, _partitionSize).GetEnumerator();
        while (true)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                ScoringLog.Cancelled(_logger, quarter.ToString(), partition);
                cancellationToken.ThrowIfCancellationRequested();
            }

            var clock = Stopwatch.StartNew();
            if (!await Task.Run(partitions.MoveNext, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            var result = partitions.Current;
            partition++;
            entries += result.Entries.Count;
            onRegister += result.CorporateRegister.Count;
            findings += result.Findings.Count;
            LogFindings(result);
            ScoringLog.PartitionRescored(_logger, partition, quarter.ToString(), result.Entries.Count, clock.ElapsedMilliseconds);
            yield return result;
        }

        ScoringLog.Rescored(_logger, quarter.ToString(), entries, onRegister, findings, 0, total.ElapsedMilliseconds);
    }

    /// <summary>Scores KPI observations, as <see cref="KpiScorer.Score"/> does, on the thread pool.</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="cancellationToken">Cancels the call before scoring starts.</param>
    /// <returns>The report, including the rejected observations.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled before scoring started.</exception>
    public Task<KpiScoreReport> ScoreKpisAsync(IEnumerable<KpiObservation> observations, CancellationToken cancellationToken = default)
    {
        if (observations is null)
        {
            throw new ArgumentNullException(nameof(observations));
        }

        return Task.Run(
            () =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                var clock = Stopwatch.StartNew();
                var list = observations.ToList();
                var report = Kpis.Score(list);
                LogRejections(report.Rejections);
                ScoringLog.KpisScored(_logger, list.Count, report.Results.Count, report.Rejections.Count, clock.ElapsedMilliseconds);
                return report;
            },
            cancellationToken);
    }

    /// <summary>Classifies complaints, as <see cref="ComplaintClassifier.Classify"/> does, on the thread pool.</summary>
    /// <param name="complaints">The complaints.</param>
    /// <param name="cancellationToken">Cancels the call before classifying starts.</param>
    /// <returns>The classification, including the rejected complaints.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled before classifying started.</exception>
    public Task<ComplaintClassification> ClassifyComplaintsAsync(IEnumerable<Complaint> complaints, CancellationToken cancellationToken = default)
    {
        if (complaints is null)
        {
            throw new ArgumentNullException(nameof(complaints));
        }

        return Task.Run(
            () =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                var clock = Stopwatch.StartNew();
                var list = complaints.ToList();
                var result = Complaints.Classify(list);
                LogRejections(result.Rejections);
                foreach (var finding in result.Findings)
                {
                    ScoringLog.Finding(_logger, finding.Kind.Name, finding.Complaint?.Reference ?? "(batch)", finding.Message);
                }

                ScoringLog.ComplaintsClassified(_logger, list.Count, result.Classified.Count, result.Open.Count, result.Findings.Count, result.Rejections.Count, clock.ElapsedMilliseconds);
                return result;
            },
            cancellationToken);
    }

    private void Log(Quarter quarter, RegisterResult result, long elapsed)
    {
        LogRejections(result.Rejections);
        LogFindings(result);
        ScoringLog.Rescored(_logger, quarter.ToString(), result.Entries.Count, result.CorporateRegister.Count, result.Findings.Count, result.Rejections.Count, elapsed);
    }

    private void LogRejections(IReadOnlyList<Rejection> rejections)
    {
        foreach (var rejection in rejections)
        {
            ScoringLog.Rejected(_logger, rejection.Entry, rejection.Field, rejection.AttemptedValue, rejection.Reason);
        }
    }

    private void LogFindings(RegisterResult result)
    {
        if (!_logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        foreach (var finding in result.Findings)
        {
            ScoringLog.Finding(_logger, finding.Kind.ToString(), finding.Id?.ToString() ?? "(register)", finding.Message);
        }
    }
}
