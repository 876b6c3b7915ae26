namespace Lancs.Scoring.Json;

/// <summary>A count as a share of a denominator, as JSON: exact, and the whole percentage the reports print.</summary>
public sealed class ShareJson
{
    /// <summary>Gets the numerator.</summary>
    public int Count { get; init; }

    /// <summary>Gets the denominator.</summary>
    public int Of { get; init; }

    /// <summary>Gets the percentage rounded to a whole number, halves away from zero (000:747).</summary>
    public int Percent { get; init; }

    /// <summary>Returns the JSON form of a share.</summary>
    /// <param name="share">The share.</param>
    /// <returns>Its counts and rounded percentage.</returns>
    internal static ShareJson From(Complaints.Share share) => new() { Count = share.Count, Of = share.Of, Percent = share.Rounded };
}
