using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Risk;

/// <summary>One entry of the corporate risk and opportunity register in one quarter: validated and ready to score.</summary>
/// <remarks>Create one with <see cref="TryFromRow"/> (bulk input, never throws) or the constructor (code).</remarks>
public sealed class RegisterEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="id">The identification number.</param>
    /// <param name="quarter">The quarter whose register holds the entry.</param>
    /// <param name="description">The description.</param>
    /// <param name="inherent">The assessment before mitigating (or maximising) actions: the "Risk Score" column.</param>
    /// <param name="residual">The assessment after the actions, or <see langword="null"/> when the paper gives none.</param>
    /// <param name="statedDirection">The owner's direction of travel as printed.</param>
    /// <param name="riskTypes">The risk types; empty when the cell is blank.</param>
    /// <param name="owner">The owner, as printed.</param>
    /// <param name="position">The entry's position in its register (0-based); results keep the papers' order by it.</param>
    /// <param name="source">Where the entry was printed, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    public RegisterEntry(EntryId id, Quarter quarter, string description, Assessment inherent, Assessment? residual,
        StatedDirection statedDirection, IReadOnlyList<string>? riskTypes = null, string? owner = null, int position = 0, string? source = null)
    {
        Id = Guard.NotNull(id);
        Quarter = quarter;
        Description = Guard.NotNull(description);
        Inherent = Guard.NotNull(inherent);
        Residual = residual;
        StatedDirection = Guard.NotNull(statedDirection);
        RiskTypes = riskTypes ?? Array.Empty<string>();
        Owner = owner ?? string.Empty;
        Position = position;
        Source = source;
    }

    /// <summary>Gets the identification number.</summary>
    public EntryId Id { get; }

    /// <summary>Gets whether the entry is a risk or an opportunity.</summary>
    public RegisterKind Kind => Id.Kind;

    /// <summary>Gets the quarter whose register holds the entry.</summary>
    public Quarter Quarter { get; }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets the inherent assessment: before mitigating (risk) or maximising (opportunity) actions.</summary>
    public Assessment Inherent { get; }

    /// <summary>Gets the residual assessment: after the actions; <see langword="null"/> when the paper gives none.</summary>
    public Assessment? Residual { get; }

    /// <summary>Gets the owner's direction of travel as printed, kept apart from the derived score movement.</summary>
    public StatedDirection StatedDirection { get; }

    /// <summary>Gets the risk types.</summary>
    public IReadOnlyList<string> RiskTypes { get; }

    /// <summary>Gets the owner.</summary>
    public string Owner { get; }

    /// <summary>Gets the entry's position in its register.</summary>
    public int Position { get; }

    /// <summary>Gets where the entry was printed, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the score the register is judged on: the residual, or the inherent when no residual was given.</summary>
    public RiskScore JudgedScore => (Residual ?? Inherent).Score;

    /// <summary>Returns "CR1 (Q2 2017/18)".</summary>
    /// <returns>The id and quarter.</returns>
    public override string ToString() => $"{Id.Raw} ({Quarter})";

    /// <summary>Validates a row; never throws.</summary>
    /// <param name="row">The row.</param>
    /// <param name="quarter">The quarter of the row's register.</param>
    /// <param name="position">The row's position in its register.</param>
    /// <param name="entry">The entry, when the row is valid.</param>
    /// <param name="rejection">Why the row was rejected, naming the entry and the field, when it is not.</param>
    /// <returns>Whether the row is valid.</returns>
    public static bool TryFromRow(RegisterRow row, Quarter quarter, int position, out RegisterEntry? entry, out Rejection? rejection) =>
        RegisterRowValidator.TryValidate(Guard.NotNull(row), quarter, position, out entry, out rejection);
}
