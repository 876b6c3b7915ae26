namespace Lancs.Scoring.Json;

/// <summary>One outcome group's share of the complaints closed with an outcome, as JSON.</summary>
public sealed class OutcomeShareJson
{
    /// <summary>Gets the group: the name of an <see cref="Complaints.OutcomeGroup"/>, such as "Justified".</summary>
    public string Group { get; init; } = string.Empty;

    /// <summary>Gets the number of complaints in the group.</summary>
    public int Count { get; init; }

    /// <summary>Gets the denominator: the complaints closed with an outcome.</summary>
    public int Of { get; init; }

    /// <summary>Gets the percentage rounded to a whole number, halves away from zero (000:747).</summary>
    public int Percent { get; init; }
}
