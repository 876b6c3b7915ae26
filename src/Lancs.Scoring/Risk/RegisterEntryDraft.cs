using System.Collections.Generic;

namespace Lancs.Scoring.Risk;

/// <summary>An entry as an app's own record holds it, before validation: fill what you have and call
/// <see cref="RegisterEntry.TryCreate(RegisterEntryDraft, Quarter, ScoringPolicy, out RegisterEntry?, out Rejection?)"/>,
/// which returns a <see cref="Rejection"/> naming the entry and the field for any bad value, never an exception.</summary>
/// <example><code>
/// var draft = new RegisterEntryDraft
/// {
///     Id = "CR12", Description = "Data protection", Inherent = AssessmentInput.Cell(4, 4), Residual = AssessmentInput.Score(12),
/// };
/// if (!RegisterEntry.TryCreate(draft, Quarter.Parse("2017/18 Q2"), ScoringPolicy.Default, out var entry, out var rejection))
/// {
///     Console.WriteLine(rejection);   // "CR12 (record 1), residual '7': ..."
/// }
/// </code></example>
public sealed class RegisterEntryDraft
{
    /// <summary>Gets the record's position in its register (0-based): results keep the register's order by it, and a
    /// rejection names the record by it ("record 1" for position 0).</summary>
    public int Position { get; init; }

    /// <summary>Gets the identification number, as the policy's <see cref="IdentifierScheme"/> writes it ("CR12", "RSK-99").</summary>
    public string? Id { get; init; }

    /// <summary>Gets the kind; required when the policy takes the kind from a column, otherwise it must agree with the id.</summary>
    public RegisterKind? Kind { get; init; }

    /// <summary>Gets the description; it must not be blank.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the inherent score (required).</summary>
    public AssessmentInput? Inherent { get; init; }

    /// <summary>Gets the residual score, or <see langword="null"/> when there is none.</summary>
    public AssessmentInput? Residual { get; init; }

    /// <summary>Gets the target score, or <see langword="null"/> when there is none.</summary>
    public AssessmentInput? Target { get; init; }

    /// <summary>Gets the owner's direction of travel in their own words ("Reduced", "no change"), or <see langword="null"/>.</summary>
    public string? StatedDirection { get; init; }

    /// <summary>Gets the risk types, or <see langword="null"/> for none.</summary>
    public IReadOnlyList<string>? RiskTypes { get; init; }

    /// <summary>Gets the owner, or <see langword="null"/>.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets where the record came from (a system and key, a paper and line), or <see langword="null"/>.</summary>
    public string? Source { get; init; }
}
