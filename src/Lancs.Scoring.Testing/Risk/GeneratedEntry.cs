namespace Lancs.Scoring.Testing;

/// <summary>One generated entry of a <see cref="TwoQuarterRegister"/>: its kind, id number, subject (from a small pool, so
/// that ids and subjects collide and move between quarters), scores, the owner's stated direction, an optional target,
/// and which of its scores are given as a cell rather than a bare score.</summary>
public sealed class GeneratedEntry
{
    /// <summary>Creates a generated entry.</summary>
    /// <param name="isRisk">Whether it is a risk (id CR..) rather than an opportunity (CO..).</param>
    /// <param name="number">The id's number.</param>
    /// <param name="subject">The index of its description in <see cref="TwoQuarterRegister.Subjects"/>.</param>
    /// <param name="inherent">The inherent score, on the matrix.</param>
    /// <param name="residual">The residual score, or <see langword="null"/> when the register gives none.</param>
    /// <param name="stated">The direction of travel as the owner wrote it, or <see langword="null"/>.</param>
    /// <param name="target">The target score, or <see langword="null"/>.</param>
    /// <param name="placed">Which scores are given as a cell: bit 1 the inherent, 2 the residual, 4 the target.</param>
    public GeneratedEntry(bool isRisk, int number, int subject, int inherent, int? residual, string? stated, int? target = null, int placed = 0)
    {
        IsRisk = isRisk;
        Number = number;
        Subject = subject;
        Inherent = inherent;
        Residual = residual;
        Stated = stated;
        Target = target;
        Placed = placed;
    }

    /// <summary>Gets a value indicating whether the entry is a risk rather than an opportunity.</summary>
    public bool IsRisk { get; }

    /// <summary>Gets the id's number.</summary>
    public int Number { get; }

    /// <summary>Gets the index of the entry's description in <see cref="TwoQuarterRegister.Subjects"/>.</summary>
    public int Subject { get; }

    /// <summary>Gets the inherent score.</summary>
    public int Inherent { get; }

    /// <summary>Gets the residual score, or <see langword="null"/> when missing.</summary>
    public int? Residual { get; }

    /// <summary>Gets the direction of travel as stated, or <see langword="null"/>.</summary>
    public string? Stated { get; }

    /// <summary>Gets the target score, or <see langword="null"/>.</summary>
    public int? Target { get; }

    /// <summary>Gets which scores are given as a cell: bit 1 the inherent, 2 the residual, 4 the target.</summary>
    public int Placed { get; }

    /// <summary>The entry with another residual, stated direction, target or placing (for shrinking).</summary>
    /// <param name="residual">The residual.</param>
    /// <param name="stated">The stated direction.</param>
    /// <param name="target">The target.</param>
    /// <param name="placed">The placing bits.</param>
    /// <returns>A new entry.</returns>
    public GeneratedEntry With(int? residual, string? stated, int? target, int placed) =>
        new(IsRisk, Number, Subject, Inherent, residual, stated, target, placed);

    /// <summary>The entry as "CR3 s1 16/12/- p0 Upwards": id, subject, inherent/residual/target, placing and stated direction.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{(IsRisk ? "CR" : "CO")}{Number} s{Subject} {Inherent}/{Residual?.ToString() ?? "-"}/{Target?.ToString() ?? "-"} p{Placed} {Stated ?? "-"}";
}
