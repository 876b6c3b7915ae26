namespace Lancs.Scoring.Risk;

/// <summary>One row of a register as read from a file: every cell as text, before validation.</summary>
/// <remarks>The cells follow the columns of the papers' register tables (and of <c>data/registers/*.csv</c>).
/// <see cref="RegisterScorer"/> validates each row; a row that cannot be scored becomes a <see cref="Rejection"/>.</remarks>
public sealed class RegisterRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="line">The row's line in its file (1-based; the header is line 1), used in rejections.</param>
    /// <param name="id">The identification number as printed, for example "CR1" or "C01".</param>
    /// <param name="kind">"risk" or "opportunity"; when blank, the kind follows from the id (CR or CO).</param>
    /// <param name="description">The risk or opportunity description.</param>
    /// <param name="riskType">The risk type cell (may list several types).</param>
    /// <param name="owner">The owner cell.</param>
    /// <param name="inherent">The "Risk Score" (or "Opportunity Score") cell: before mitigating (or maximising) actions.</param>
    /// <param name="residual">The "Residual Score" cell: after the actions.</param>
    /// <param name="directionOfTravel">The direction of travel as printed.</param>
    /// <param name="source">Where the row was printed, for example "000:1548".</param>
    /// <param name="target">The optional target score cell: the score the actions aim at (the papers print none).</param>
    public RegisterRow(int line, string? id, string? kind, string? description, string? riskType, string? owner,
        string? inherent, string? residual, string? directionOfTravel, string? source, string? target = null)
    {
        Line = line;
        Id = id;
        Kind = kind;
        Description = description;
        RiskType = riskType;
        Owner = owner;
        Inherent = inherent;
        Residual = residual;
        DirectionOfTravel = directionOfTravel;
        Source = source;
        Target = target;
    }

    /// <summary>Gets the row's line in its file.</summary>
    public int Line { get; }

    /// <summary>Gets the identification number as printed.</summary>
    public string? Id { get; }

    /// <summary>Gets the kind cell ("risk" or "opportunity").</summary>
    public string? Kind { get; }

    /// <summary>Gets the description cell.</summary>
    public string? Description { get; }

    /// <summary>Gets the risk type cell.</summary>
    public string? RiskType { get; }

    /// <summary>Gets the owner cell.</summary>
    public string? Owner { get; }

    /// <summary>Gets the inherent score cell ("Risk Score").</summary>
    public string? Inherent { get; }

    /// <summary>Gets the residual score cell ("Residual Score").</summary>
    public string? Residual { get; }

    /// <summary>Gets the target score cell, or <see langword="null"/> when the file has no <c>target</c> column.</summary>
    public string? Target { get; }

    /// <summary>Gets the direction of travel cell.</summary>
    public string? DirectionOfTravel { get; }

    /// <summary>Gets where the row was printed.</summary>
    public string? Source { get; }
}
