using System;
using System.Globalization;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// How far from its target an indicator may be and still be Amber: a fixed amount in the indicator's unit ("within 2
/// percentage points"), or a percentage of the target ("within 5% of target").
/// </summary>
/// <remarks>A percentage of a negative target is a percentage of its size. A tolerance of 0 leaves no Amber band: a value is
/// Green at or better than target and Red beyond it.</remarks>
public sealed class Tolerance
{
    private Tolerance(decimal amount, bool isPercentOfTarget)
    {
        Amount = amount;
        IsPercentOfTarget = isPercentOfTarget;
    }

    /// <summary>Gets the amount: in the indicator's unit, or a percentage of the target.</summary>
    public decimal Amount { get; }

    /// <summary>Gets whether <see cref="Amount"/> is a percentage of the target rather than a fixed amount.</summary>
    public bool IsPercentOfTarget { get; }

    /// <summary>Creates a tolerance of a fixed amount, in the indicator's unit (for percentages, percentage points).</summary>
    /// <param name="amount">The amount, 0 or more.</param>
    /// <returns>The tolerance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static Tolerance Absolute(decimal amount) => new(NotNegative(amount), false);

    /// <summary>Creates a tolerance that is a percentage of the target.</summary>
    /// <param name="percent">The percentage, 0 or more: 5 for "within 5% of target".</param>
    /// <returns>The tolerance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative.</exception>
    public static Tolerance PercentOfTarget(decimal percent) => new(NotNegative(percent), true);

    /// <summary>Returns how far the tolerance reaches from <paramref name="target"/>, in the indicator's unit.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The width, 0 or more.</returns>
    public decimal WidthAt(decimal target)
    {
        try
        {
            return IsPercentOfTarget ? Math.Abs(target) * Amount / 100m : Amount;
        }
        catch (OverflowException)
        {
            return decimal.MaxValue;
        }
    }

    /// <summary>Returns "5% of target" or "2.5".</summary>
    /// <returns>The tolerance in words, in the invariant culture.</returns>
    public override string ToString() => IsPercentOfTarget
        ? Amount.ToString(CultureInfo.InvariantCulture) + "% of target"
        : Amount.ToString(CultureInfo.InvariantCulture);

    private static decimal NotNegative(decimal amount) => amount >= 0m
        ? amount
        : throw new ArgumentOutOfRangeException(nameof(amount), amount, "A tolerance is 0 or more.");
}
