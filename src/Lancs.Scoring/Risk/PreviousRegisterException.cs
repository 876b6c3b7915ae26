using System;

namespace Lancs.Scoring.Risk;

/// <summary>The exception thrown when the previous register given is not from an earlier quarter than the register being
/// scored: the same register twice, or the two swapped, would give every direction of travel backwards.</summary>
public sealed class PreviousRegisterException : ArgumentException
{
    internal PreviousRegisterException(Quarter quarter, Quarter previousQuarter)
        : base($"The previous register is for {previousQuarter}, which is not before the register being scored ({quarter}); " +
            "give the register of an earlier quarter as the previous one.")
    {
        Quarter = quarter;
        PreviousQuarter = previousQuarter;
    }

    /// <summary>Gets the quarter of the register being scored.</summary>
    public Quarter Quarter { get; }

    /// <summary>Gets the quarter of the register given as the previous one.</summary>
    public Quarter PreviousQuarter { get; }
}
