using System.Collections.Generic;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Json;

/// <summary>One entry's result as JSON: its scores and cells, inclusion, direction of travel and explanation.</summary>
/// <remarks>Fields without a value (no residual, no previous quarter, no appetite zones) are left out, never written as null.</remarks>
public sealed class EntryJson
{
    /// <summary>Gets the identification number as printed: "CR1".</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the kind of entry: "Risk" or "Opportunity".</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>Gets the quarter whose register holds the entry: "Q2 2017/18".</summary>
    public string Quarter { get; init; } = string.Empty;

    /// <summary>Gets the description.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the inherent score, 1-25.</summary>
    public int Inherent { get; init; }

    /// <summary>Gets the residual score, or <see langword="null"/> when none was given.</summary>
    public int? Residual { get; init; }

    /// <summary>Gets the target score, or <see langword="null"/> when none was given.</summary>
    public int? Target { get; init; }

    /// <summary>Gets the inherent assessment's cell, or <see langword="null"/> for a bare score.</summary>
    public CellJson? InherentCell { get; init; }

    /// <summary>Gets the residual assessment's cell, or <see langword="null"/> for a bare score or no residual.</summary>
    public CellJson? ResidualCell { get; init; }

    /// <summary>Gets the target assessment's cell, or <see langword="null"/> for a bare score or no target.</summary>
    public CellJson? TargetCell { get; init; }

    /// <summary>Gets the appetite zone the residual lies in, or <see langword="null"/> (no zones, no residual or in no zone).</summary>
    public string? AppetiteZone { get; init; }

    /// <summary>Gets whether the entry is on the corporate register this quarter.</summary>
    public bool OnCorporateRegister { get; init; }

    /// <summary>Gets why the entry is or is not on the corporate register.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Gets the derived direction of travel ("Upwards", "Downwards", "Level", "New"), or <see langword="null"/>
    /// when no previous register was given.</summary>
    public string? Direction { get; init; }

    /// <summary>Gets the entry's predecessor in the previous quarter, or <see langword="null"/> for a new entry or no previous register.</summary>
    public PreviousEntryJson? Previous { get; init; }

    /// <summary>Gets the owner's direction of travel as printed.</summary>
    public string StatedDirection { get; init; } = string.Empty;

    /// <summary>Gets the direction the printed words were read as, or <see langword="null"/> when they could not be read as one.</summary>
    public string? StatedDirectionRead { get; init; }

    /// <summary>Gets how the printed words were read (the name of a <see cref="Risk.StatedDirectionReading"/>).</summary>
    public string StatedDirectionReading { get; init; } = string.Empty;

    /// <summary>Gets the explanation, one step per rule that derived something about the entry (rule, citation, facts
    /// used and derived, sentence), or <see langword="null"/> when explanations were left out.</summary>
    public IReadOnlyList<ExplanationStepJson>? Explanation { get; init; }

    /// <summary>Returns one entry's result in the contract's shape, as <see cref="ScoringJson"/> writes it in a register.</summary>
    /// <param name="entry">The entry's result.</param>
    /// <param name="includeExplanation">Whether to include its explanation steps.</param>
    /// <returns>The DTO.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    public static EntryJson From(EntryResult entry, bool includeExplanation = true)
    {
        Guard.NotNull(entry);
        var quarter = entry.Entry.Quarter;
        return RegisterShapes.Entry(entry, includeExplanation, (quarter, quarter.ToString()));
    }
}
