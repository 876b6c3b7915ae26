using Microsoft.Extensions.Logging;

namespace Lancs.Scoring.Hosting;

/// <summary>The <see cref="ScoringService"/>'s log messages, source-generated (one event id each, 7100-7199).</summary>
internal static partial class ScoringLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Rejected {Entry}, field {Field} ('{AttemptedValue}'): {Reason}")]
    public static partial void Rejected(ILogger logger, string entry, string field, string? attemptedValue, string reason);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Finding {Kind} on {Entry}: {Message}")]
    public static partial void Finding(ILogger logger, string kind, string entry, string message);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Information, Message = "Re-scored {Quarter}: {Entries} entries, {OnRegister} on the corporate register, {Findings} findings, {Rejections} rejections in {ElapsedMilliseconds} ms")]
    public static partial void Rescored(ILogger logger, string quarter, int entries, int onRegister, int findings, int rejections, long elapsedMilliseconds);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Information, Message = "Re-scored partition {Partition} of {Quarter}: {Entries} entries in {ElapsedMilliseconds} ms")]
    public static partial void PartitionRescored(ILogger logger, int partition, string quarter, int entries, long elapsedMilliseconds);

    [LoggerMessage(EventId = 7105, Level = LogLevel.Information, Message = "Scored {Observations} KPI observations: {Results} results, {Rejections} rejections in {ElapsedMilliseconds} ms")]
    public static partial void KpisScored(ILogger logger, int observations, int results, int rejections, long elapsedMilliseconds);

    [LoggerMessage(EventId = 7106, Level = LogLevel.Information, Message = "Classified {Complaints} complaints: {Classified} classified, {Open} open, {Findings} findings, {Rejections} rejections in {ElapsedMilliseconds} ms")]
    public static partial void ComplaintsClassified(ILogger logger, int complaints, int classified, int open, int findings, int rejections, long elapsedMilliseconds);

    [LoggerMessage(EventId = 7107, Level = LogLevel.Information, Message = "Re-scoring of {Quarter} cancelled after {Partitions} partitions")]
    public static partial void Cancelled(ILogger logger, string quarter, int partitions);
}
