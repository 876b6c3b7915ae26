using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

namespace Lancs.Scoring.Risk;

/// <summary>
/// A score on the council's 5×5 matrix: impact × likelihood, so one of the 14 products
/// 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25 (register_rules.md §2).
/// </summary>
/// <remarks>
/// <para>Only matrix products can be represented: a score comes from <see cref="Of"/> or a validated
/// <see cref="FromValue"/>. 7, 11, 13, 14, 17-19, 21-24, 0 and anything above 25 are rejected.</para>
/// <para><c>default(RiskScore)</c> is the score 1 (Insignificant × Rare), a real score, in the way NodaTime's
/// default <c>LocalDate</c> is a real date: the struct stores <see cref="Value"/> − 1. Code that needs "no score"
/// should use <c>RiskScore?</c>.</para>
/// <para>Scores compare and order by <see cref="Value"/>. A score says nothing about which cell it came
/// from: 12, 15 and 20 each have two (see <see cref="RiskMatrix.CellsFor"/>).</para>
/// </remarks>
public readonly struct RiskScore : IEquatable<RiskScore>, IComparable<RiskScore>, IComparable
{
    private static readonly ReadOnlyCollection<RiskScore> _all = new ReadOnlyCollection<RiskScore>(
        Enumerable.Range(1, 25).Where(IsOnMatrix).Select(v => new RiskScore(v)).ToArray());

    private static readonly string _validList = string.Join(", ", _all.Select(s => s.ToString()));

    private readonly byte _valueMinusOne;

    private RiskScore(int value) => _valueMinusOne = checked((byte)(value - 1));

    /// <summary>Gets the fourteen valid scores in ascending order.</summary>
    public static IReadOnlyList<RiskScore> All => _all;

    /// <summary>Gets the score as printed in the register, 1 to 25.</summary>
    public int Value => _valueMinusOne + 1;

    /// <summary>Returns the score of a cell: impact × likelihood.</summary>
    /// <param name="impact">The impact (row).</param>
    /// <param name="likelihood">The likelihood (column).</param>
    /// <returns>The product of the two values.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RiskScore Of(Impact impact, Likelihood likelihood)
        => new RiskScore(Guard.NotNull(impact).Value * Guard.NotNull(likelihood).Value);

    /// <summary>Returns the score with the given printed value.</summary>
    /// <param name="value">A matrix product.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not on the matrix; the message names it and lists the valid scores.</exception>
    public static RiskScore FromValue(int value)
    {
        if (TryFromValue(value, out RiskScore score))
        {
            return score;
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, NotOnMatrixMessage(value.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Tries to get the score with the given printed value; never throws.</summary>
    /// <param name="value">The printed value.</param>
    /// <param name="score">The score when the method returns <see langword="true"/>; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a matrix product.</returns>
    public static bool TryFromValue(int value, out RiskScore score)
    {
        score = IsOnMatrix(value) ? new RiskScore(value) : default;
        return IsOnMatrix(value);
    }

    /// <summary>Returns whether <paramref name="value"/> is the product of an impact and a likelihood, each 1-5.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns><see langword="true"/> for 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20 and 25.</returns>
    public static bool IsOnMatrix(int value)
    {
        if (value < 1 || value > 25)
        {
            return false;
        }

        for (int impact = 1; impact <= 5; impact++)
        {
            if (value % impact == 0 && value / impact <= 5)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether two scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the values are equal.</returns>
    public static bool operator ==(RiskScore left, RiskScore right) => left.Equals(right);

    /// <summary>Returns whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the values differ.</returns>
    public static bool operator !=(RiskScore left, RiskScore right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is lower than <paramref name="right"/>.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the left value is lower.</returns>
    public static bool operator <(RiskScore left, RiskScore right) => left.Value < right.Value;

    /// <summary>Returns whether <paramref name="left"/> is higher than <paramref name="right"/>.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the left value is higher.</returns>
    public static bool operator >(RiskScore left, RiskScore right) => left.Value > right.Value;

    /// <summary>Returns whether <paramref name="left"/> is lower than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the left value is lower or equal.</returns>
    public static bool operator <=(RiskScore left, RiskScore right) => left.Value <= right.Value;

    /// <summary>Returns whether <paramref name="left"/> is higher than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the left value is higher or equal.</returns>
    public static bool operator >=(RiskScore left, RiskScore right) => left.Value >= right.Value;

    /// <summary>Returns whether <paramref name="other"/> has the same value.</summary>
    /// <param name="other">The score to compare with.</param>
    /// <returns><see langword="true"/> when the values are equal.</returns>
    public bool Equals(RiskScore other) => _valueMinusOne == other._valueMinusOne;

    /// <summary>Returns whether <paramref name="obj"/> is a <see cref="RiskScore"/> with the same value.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => obj is RiskScore other && Equals(other);

    /// <summary>Returns a hash code of the value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Value;

    /// <summary>Compares values: negative when this score is lower, zero when equal, positive when higher.</summary>
    /// <param name="other">The score to compare with.</param>
    /// <returns>The comparison of the values.</returns>
    public int CompareTo(RiskScore other) => Value.CompareTo(other.Value);

    /// <summary>Compares with another boxed score; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A <see cref="RiskScore"/> or <see langword="null"/>.</param>
    /// <returns>The comparison of the values.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="RiskScore"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        RiskScore other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a RiskScore.", nameof(obj)),
    };

    /// <summary>Returns the value in the invariant culture, e.g. "16".</summary>
    /// <returns>The printed score.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the sentence used when a value is not a matrix product.</summary>
    internal static string NotOnMatrixMessage(string value) => string.Format(
        CultureInfo.InvariantCulture,
        "{0} is not on the 5x5 matrix; valid scores are {1}.",
        value,
        _validList);
}
