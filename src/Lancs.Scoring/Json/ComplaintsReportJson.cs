using System.Collections.Generic;

namespace Lancs.Scoring.Json;

/// <summary>One stream's figures for one financial year as JSON, with the annual report's denominators.</summary>
public sealed class ComplaintsReportJson
{
    /// <summary>Gets the financial year as the reports write it: "2016/17".</summary>
    public string Year { get; init; } = string.Empty;

    /// <summary>Gets the stream: the name of a <see cref="Complaints.ComplaintStream"/>, such as "AdultSocialCare".</summary>
    public string Stream { get; init; } = string.Empty;

    /// <summary>Gets the number received, those of streams counted within this one included.</summary>
    public int Received { get; init; }

    /// <summary>Gets the number received by stream: the stream's own and each stream counted within it.</summary>
    public IReadOnlyDictionary<string, int> ReceivedByStream { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets the number still open at the year's end.</summary>
    public int Open { get; init; }

    /// <summary>Gets the number closed with an outcome: the denominator of the outcome shares.</summary>
    public int ClosedWithOutcome { get; init; }

    /// <summary>Gets the number received with dates.</summary>
    public int Dated { get; init; }

    /// <summary>Gets each group's share of the complaints closed with an outcome, for the groups with at least one.</summary>
    public IReadOnlyList<OutcomeShareJson> Outcomes { get; init; } = new List<OutcomeShareJson>();

    /// <summary>Gets the Stage 0 share, over complaints received.</summary>
    public ShareJson Stage0 { get; init; } = new();

    /// <summary>Gets the share that exceeded the statutory timescale, over complaints received.</summary>
    public ShareJson TimescaleExceeded { get; init; } = new();

    /// <summary>Gets the share of the dated complaints that missed a deadline.</summary>
    public ShareJson DeadlineMissed { get; init; } = new();
}
