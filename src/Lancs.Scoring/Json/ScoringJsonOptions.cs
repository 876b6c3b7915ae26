using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Json;

/// <summary>How <see cref="ScoringJson"/> writes a re-scored register.</summary>
public sealed class ScoringJsonOptions
{
    /// <summary>Gets the options by default: explanations included, compact output, no input rejections.</summary>
    public static ScoringJsonOptions Default { get; } = new();

    /// <summary>Gets whether each entry's explanation is written.</summary>
    /// <value><see langword="true"/> unless stated. Explanations are built when first read and kept by the result, so a
    /// bulk run that wants its memory back leaves them out.</value>
    public bool IncludeExplanations { get; init; } = true;

    /// <summary>Gets whether the stream overloads indent their output; a given <c>Utf8JsonWriter</c> keeps its own setting.</summary>
    /// <value><see langword="false"/> unless stated.</value>
    public bool Indented { get; init; }

    /// <summary>Gets the records rejected before scoring, such as by a CSV reader; written before the result's own rejections.</summary>
    /// <value>None unless stated.</value>
    public IReadOnlyList<Rejection> InputRejections { get; init; } = Array.Empty<Rejection>();
}
