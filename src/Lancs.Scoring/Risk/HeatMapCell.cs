using System.Collections.Generic;
using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>One cell of an <see cref="EntryHeatMap"/>: the matrix cell, and the entries placed in it, in register order.</summary>
public sealed class HeatMapCell
{
    internal HeatMapCell(RegisterKind kind, MatrixCell cell, IReadOnlyList<EntryId> ids)
    {
        Kind = kind;
        Cell = cell;
        Ids = ids;
    }

    /// <summary>Gets the kind of entry the heat map counts, which names the cell's impact row.</summary>
    public RegisterKind Kind { get; }

    /// <summary>Gets the matrix cell: impact, likelihood and score.</summary>
    public MatrixCell Cell { get; }

    /// <summary>Gets the identification numbers of the entries in the cell, in register order (an id used twice is listed twice).</summary>
    public IReadOnlyList<EntryId> Ids { get; }

    /// <summary>Gets the number of entries in the cell.</summary>
    public int Count => Ids.Count;

    /// <summary>Gets the impact row's label for <see cref="Kind"/>: "Outstanding" for an opportunity's impact 5.</summary>
    public string ImpactLabel => Cell.Impact.LabelFor(Kind);

    /// <summary>Returns "Outstanding x Likely = 20: CO1, CO4".</summary>
    /// <returns>The cell and its ids, in the invariant culture.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "{0}: {1}", Cell.ToString(Kind), Ids.Count == 0 ? "none" : string.Join(", ", Ids));
}
