using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Testing;

/// <summary>A generated one-quarter register: risks and opportunities with scores on the matrix, numbered CR1.. and
/// CO1.. in order, every entry with a residual.</summary>
public sealed class GeneratedRegister
{
    /// <summary>Creates a register from its rows.</summary>
    /// <param name="rows">Each entry's kind (risk or opportunity) and its inherent and residual scores, 1-25 on the matrix.</param>
    public GeneratedRegister(IReadOnlyList<(bool IsRisk, int Inherent, int Residual)> rows) => Rows = rows.ToList();

    /// <summary>Gets each entry's kind and scores, in register order.</summary>
    public IReadOnlyList<(bool IsRisk, int Inherent, int Residual)> Rows { get; }

    /// <summary>The register's entries for a quarter: ids CR or CO plus the row's number, descriptions "Entry n".</summary>
    /// <param name="quarter">The quarter the entries belong to.</param>
    /// <returns>One entry per row.</returns>
    public IReadOnlyList<RegisterEntry> Entries(Quarter quarter) => Rows.Select((r, i) => new RegisterEntry(
        EntryId.Parse((r.IsRisk ? "CR" : "CO") + (i + 1)), quarter, "Entry " + (i + 1),
        Assessment.FromScore(RiskScore.FromValue(r.Inherent)), Assessment.FromScore(RiskScore.FromValue(r.Residual)),
        StatedDirection.Parse(null), position: i)).ToList();

    /// <summary>The same register with one entry's residual changed.</summary>
    /// <param name="index">The row, from 0.</param>
    /// <param name="residual">The new residual score.</param>
    /// <returns>A new register.</returns>
    public GeneratedRegister WithResidual(int index, int residual) =>
        new(Rows.Select((r, i) => i == index ? (r.IsRisk, r.Inherent, residual) : r).ToList());

    /// <summary>The register as "CR1 16/12, CO2 9/6, ...", as a counter-example prints.</summary>
    /// <returns>The rows.</returns>
    public override string ToString() => string.Join(", ", Rows.Select((r, i) => $"{(r.IsRisk ? "CR" : "CO")}{i + 1} {r.Inherent}/{r.Residual}"));
}
