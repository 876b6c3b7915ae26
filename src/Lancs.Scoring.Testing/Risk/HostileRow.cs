using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Testing;

/// <summary>A generated register row with exactly one bad cell, and the name of the field it is in: what the scorer must
/// reject, naming that field, without an exception and without losing the other rows.</summary>
public sealed class HostileRow
{
    /// <summary>Creates a hostile row.</summary>
    /// <param name="row">The row.</param>
    /// <param name="brokenField">The field of the bad cell, as <see cref="Rejection.Field"/> names it: id, kind, description, inherent, residual or target.</param>
    public HostileRow(RegisterRow row, string brokenField)
    {
        Row = row;
        BrokenField = brokenField;
    }

    /// <summary>Gets the row.</summary>
    public RegisterRow Row { get; }

    /// <summary>Gets the field of the bad cell.</summary>
    public string BrokenField { get; }

    /// <summary>The same row on another line of the register.</summary>
    /// <param name="line">The line number.</param>
    /// <returns>A new hostile row.</returns>
    public HostileRow OnLine(int line) => new(RegisterRows.OnLine(Row, line), BrokenField);

    /// <summary>The row as a counter-example prints it: its field at fault and its cells.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{BrokenField} broken in {RegisterRows.Describe(Row)}";
}
