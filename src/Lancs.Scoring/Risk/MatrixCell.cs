using System;
using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>One cell of the 5×5 "Key to Scores": an impact row, a likelihood column and their product.</summary>
/// <remarks>
/// Cells are made by <see cref="RiskMatrix.CellsFor"/>. <c>default(MatrixCell)</c> has <see langword="null"/>
/// <see cref="Impact"/> and <see cref="Likelihood"/> and is not a cell of the grid; do not use it. Cells are
/// equal when impact and likelihood are equal.
/// </remarks>
public readonly struct MatrixCell : IEquatable<MatrixCell>
{
    internal MatrixCell(Impact impact, Likelihood likelihood)
    {
        Impact = impact;
        Likelihood = likelihood;
        Score = RiskScore.Of(impact, likelihood);
    }

    /// <summary>Gets the impact (row).</summary>
    public Impact Impact { get; }

    /// <summary>Gets the likelihood (column).</summary>
    public Likelihood Likelihood { get; }

    /// <summary>Gets the score printed in the cell: impact × likelihood.</summary>
    public RiskScore Score { get; }

    /// <summary>Returns whether two cells are the same cell.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when impact and likelihood are equal.</returns>
    public static bool operator ==(MatrixCell left, MatrixCell right) => left.Equals(right);

    /// <summary>Returns whether two cells differ.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when impact or likelihood differ.</returns>
    public static bool operator !=(MatrixCell left, MatrixCell right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="other"/> is the same cell.</summary>
    /// <param name="other">The cell to compare with.</param>
    /// <returns><see langword="true"/> when impact and likelihood are equal.</returns>
    public bool Equals(MatrixCell other) => Equals(Impact, other.Impact) && Equals(Likelihood, other.Likelihood);

    /// <summary>Returns whether <paramref name="obj"/> is the same cell.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => obj is MatrixCell other && Equals(other);

    /// <summary>Returns a hash code of the cell.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => ((Impact?.Value ?? 0) * 8) + (Likelihood?.Value ?? 0);

    /// <summary>Returns the cell as "Major x Likely = 16".</summary>
    /// <returns>The text in the invariant culture.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "{0} x {1} = {2}", Impact?.Name, Likelihood?.Name, Score);

    /// <summary>Returns the cell as <paramref name="kind"/>'s register labels it: "Outstanding x Likely = 20" for an
    /// opportunity, "Catastrophic x Likely = 20" for a risk (<see cref="Risk.Impact.LabelFor"/>).</summary>
    /// <param name="kind">Risk or opportunity.</param>
    /// <returns>The text in the invariant culture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    public string ToString(RegisterKind kind) => string.Format(
        CultureInfo.InvariantCulture, "{0} x {1} = {2}", Impact?.LabelFor(Guard.NotNull(kind)), Likelihood?.Name, Score);
}
