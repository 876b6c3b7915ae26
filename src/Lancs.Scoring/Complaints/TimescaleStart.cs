using Ardalis.SmartEnum;

namespace Lancs.Scoring.Complaints;

/// <summary>The day a timescale is counted from. Ordered by <c>Value</c>.</summary>
public sealed class TimescaleStart : SmartEnum<TimescaleStart>
{
    /// <summary>The day the complaint was received.</summary>
    public static readonly TimescaleStart Received = new(nameof(Received), 1, "receipt");

    /// <summary>The day the complainant asked for the stage the complaint reached (Stage 2, Stage 3): the stage's own receipt.</summary>
    public static readonly TimescaleStart Escalated = new(nameof(Escalated), 2, "the request for this stage");

    /// <summary>The day the complaint was acknowledged; when it was acknowledged late or not at all, the day it should have been
    /// (a late acknowledgement buys no time for the response).</summary>
    public static readonly TimescaleStart Acknowledged = new(nameof(Acknowledged), 3, "the acknowledgement");

    private TimescaleStart(string name, int value, string label)
        : base(name, value)
    {
        Label = label;
    }

    /// <summary>Gets the start as written after "of": "receipt", "the acknowledgement".</summary>
    public string Label { get; }
}
