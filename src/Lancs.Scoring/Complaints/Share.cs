using System;
using System.Globalization;

namespace Lancs.Scoring.Complaints;

/// <summary>A count as a share of a denominator: exact, and rounded as the reports print it.</summary>
/// <remarks>"All percentages and costs are rounded to the nearest whole number" (000:747); a half rounds away from zero,
/// as a council officer rounding by hand would. <c>default</c> is 0 of 0, whose percentage is 0.</remarks>
public readonly struct Share : IEquatable<Share>
{
    /// <summary>Creates a share.</summary>
    /// <param name="count">The numerator.</param>
    /// <param name="of">The denominator.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="count"/> exceeds <paramref name="of"/>.</exception>
    public Share(int count, int of)
    {
        if (count < 0 || of < 0 || count > of)
        {
            throw new ArgumentOutOfRangeException(nameof(count), string.Format(CultureInfo.InvariantCulture, "A share needs 0 <= count <= denominator; got {0} of {1}.", count, of));
        }

        Count = count;
        Of = of;
    }

    /// <summary>Gets the numerator.</summary>
    public int Count { get; }

    /// <summary>Gets the denominator.</summary>
    public int Of { get; }

    /// <summary>Gets the exact percentage; 0 when the denominator is 0.</summary>
    public decimal Percent => Of == 0 ? 0m : Count * 100m / Of;

    /// <summary>Gets the percentage rounded to the nearest whole number, halves away from zero (000:747).</summary>
    public int Rounded => (int)Math.Round(Percent, 0, MidpointRounding.AwayFromZero);

    /// <inheritdoc />
    public bool Equals(Share other) => Count == other.Count && Of == other.Of;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Share other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Count * 397) ^ Of;

    /// <summary>Returns "60 of 220 (27%)".</summary>
    /// <returns>The share.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} of {1} ({2}%)", Count, Of, Rounded);
}
