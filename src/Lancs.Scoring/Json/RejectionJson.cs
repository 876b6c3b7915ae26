namespace Lancs.Scoring.Json;

/// <summary>A rejected input record as JSON: the record, the field at fault, the value found and the reason.</summary>
public sealed class RejectionJson
{
    /// <summary>Gets the identity of the rejected record, as the input names it.</summary>
    public string Entry { get; init; } = string.Empty;

    /// <summary>Gets the field at fault.</summary>
    public string Field { get; init; } = string.Empty;

    /// <summary>Gets the value found in the field, verbatim, or <see langword="null"/> when it was missing.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the reason, as a sentence.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Returns the JSON form of a rejection.</summary>
    /// <param name="rejection">The rejection.</param>
    /// <returns>Its fields.</returns>
    internal static RejectionJson From(Rejection rejection) => new()
    {
        Entry = rejection.Entry,
        Field = rejection.Field,
        Value = rejection.AttemptedValue,
        Reason = rejection.Reason,
    };
}
