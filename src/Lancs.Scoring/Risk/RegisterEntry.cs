using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Risk;

/// <summary>One entry of the corporate risk and opportunity register in one quarter: validated and ready to score.</summary>
/// <remarks>Create one with <see cref="TryFromRow(RegisterRow, Quarter, int, ScoringPolicy, out RegisterEntry?, out Rejection?)"/> (rows, never throws), <see cref="TryCreate(RegisterEntryDraft, Quarter, ScoringPolicy, out RegisterEntry?, out Rejection?)"/> (an app's own records, never throws) or the constructor (code).</remarks>
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
    /// <param name="target">The target score the actions aim at, or <see langword="null"/> (the papers print none).</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    public RegisterEntry(EntryId id, Quarter quarter, string description, Assessment inherent, Assessment? residual,
        StatedDirection statedDirection, IReadOnlyList<string>? riskTypes = null, string? owner = null, int position = 0, string? source = null,
        Assessment? target = null)
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
        Target = target;
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

    /// <summary>Gets the target assessment: the score the actions aim at; <see langword="null"/> when none is given.</summary>
    /// <remarks>The papers' tables have no target column (000:1515, 000:1550); registers kept in Camms.Risk or Ideagen
    /// record one beside the inherent and residual scores.</remarks>
    public Assessment? Target { get; }

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

    /// <summary>Returns one of the entry's assessments.</summary>
    /// <param name="kind">Inherent, residual or target.</param>
    /// <returns>The assessment; <see langword="null"/> for a residual or target that is not given.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public Assessment? AssessmentOf(AssessmentKind kind) => kind switch
    {
        AssessmentKind.Inherent => Inherent,
        AssessmentKind.Residual => Residual,
        AssessmentKind.Target => Target,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Ask for the inherent, residual or target assessment."),
    };

    /// <summary>Returns "CR1 (Q2 2017/18)".</summary>
    /// <returns>The id and quarter.</returns>
    public override string ToString() => $"{Id.Raw} ({Quarter})";

    /// <summary>Validates a row against the published policy's identification numbers; never throws.</summary>
    /// <param name="row">The row.</param>
    /// <param name="quarter">The quarter of the row's register.</param>
    /// <param name="position">The row's position in its register.</param>
    /// <param name="entry">The entry, when the row is valid.</param>
    /// <param name="rejection">Why the row was rejected, naming the entry and the field, when it is not.</param>
    /// <returns>Whether the row is valid.</returns>
    public static bool TryFromRow(RegisterRow row, Quarter quarter, int position, out RegisterEntry? entry, out Rejection? rejection) =>
        RegisterRowValidator.TryValidate(Guard.NotNull(row), quarter, position, IdentifierScheme.Published, out entry, out rejection);

    /// <summary>Validates a row under a policy: its <see cref="ScoringPolicy.Identifiers"/> say how ids are written and
    /// where the kind comes from; never throws.</summary>
    /// <param name="row">The row.</param>
    /// <param name="quarter">The quarter of the row's register.</param>
    /// <param name="position">The row's position in its register.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="entry">The entry, when the row is valid.</param>
    /// <param name="rejection">Why the row was rejected, naming the entry and the field, when it is not.</param>
    /// <returns>Whether the row is valid.</returns>
    public static bool TryFromRow(RegisterRow row, Quarter quarter, int position, ScoringPolicy policy, out RegisterEntry? entry, out Rejection? rejection) =>
        RegisterRowValidator.TryValidate(Guard.NotNull(row), quarter, position, Guard.NotNull(policy).Identifiers, out entry, out rejection);

    /// <summary>Validates an app's own record of an entry exactly as a row is validated; never throws on bad values.</summary>
    /// <param name="draft">The record.</param>
    /// <param name="quarter">The quarter of the entry's register.</param>
    /// <param name="policy">The policy, whose <see cref="ScoringPolicy.Identifiers"/> say how ids are written.</param>
    /// <param name="entry">The entry, when the record is valid.</param>
    /// <param name="rejection">Why not, when it is not: <see cref="Rejection.Entry"/> names the record by id and position
    /// ("CR12 (record 3)"), <see cref="Rejection.Field"/> is one of <see cref="RejectionField"/>'s names.</param>
    /// <returns>Whether the record is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    public static bool TryCreate(RegisterEntryDraft draft, Quarter quarter, ScoringPolicy policy, out RegisterEntry? entry, out Rejection? rejection)
    {
        Guard.NotNull(draft);
        Guard.NotNull(policy);
        var record = draft.Position + 1;
        var row = new RegisterRow(record, draft.Id, draft.Kind?.Name, draft.Description, null, draft.Owner, draft.Inherent?.Text,
            draft.Residual?.Text, draft.StatedDirection, draft.Source, draft.Target?.Text);
        return RegisterRowValidator.TryValidate(row, quarter, draft.Position, policy.Identifiers, "record", draft.RiskTypes ?? Array.Empty<string>(), out entry, out rejection);
    }

    /// <summary>Validates an app's own record of an entry under the published policy; never throws on bad values.</summary>
    /// <param name="draft">The record.</param>
    /// <param name="quarter">The quarter of the entry's register.</param>
    /// <param name="entry">The entry, when the record is valid.</param>
    /// <param name="rejection">Why not, when it is not.</param>
    /// <returns>Whether the record is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    public static bool TryCreate(RegisterEntryDraft draft, Quarter quarter, out RegisterEntry? entry, out Rejection? rejection) =>
        TryCreate(draft, quarter, ScoringPolicy.Default, out entry, out rejection);
}
