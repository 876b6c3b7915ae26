using System;
using System.Globalization;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// The period an observation covers, as printed, placed in time by the month it ends.
/// </summary>
/// <remarks>The papers label periods in many ways ("Q1 2017/18 (end of June 2017)", "2016/17", "Jul 16 - Jun 17",
/// kpi_rules.md 6.8), so the label is kept verbatim and the order comes from the end month. Two periods are equal
/// when they end in the same month; the label does not take part. There is no public default: periods come only
/// from <see cref="Ending"/>.</remarks>
public sealed class KpiPeriod : IEquatable<KpiPeriod>, IComparable<KpiPeriod>
{
    private KpiPeriod(string label, int year, int month)
    {
        Label = label;
        EndYear = year;
        EndMonth = month;
    }

    /// <summary>Gets the period as printed.</summary>
    public string Label { get; }

    /// <summary>Gets the calendar year of the period's last month.</summary>
    public int EndYear { get; }

    /// <summary>Gets the period's last month, 1 to 12.</summary>
    public int EndMonth { get; }

    /// <summary>Gets a number that orders periods by their end month.</summary>
    public int Order => (EndYear * 12) + EndMonth - 1;

    /// <summary>Creates a period ending in the given month.</summary>
    /// <param name="year">The calendar year of the last month, 1900 to 9999.</param>
    /// <param name="month">The last month, 1 to 12.</param>
    /// <param name="label">The period as printed; "yyyy-MM" when omitted.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static KpiPeriod Ending(int year, int month, string? label = null)
    {
        if (year < 1900 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1900 to 9999.");
        }

        if (month < 1 || month > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1 to 12.");
        }

        string text = label is null || label.Trim().Length == 0
            ? string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}", year, month)
            : label;
        return new KpiPeriod(text, year, month);
    }

    /// <summary>Creates the period of a financial quarter, labelled as the papers write it ("Q1 2017/18").</summary>
    /// <param name="quarter">The quarter.</param>
    /// <returns>The period ending in the quarter's last month.</returns>
    public static KpiPeriod FromQuarter(Quarter quarter)
    {
        // Q1 ends in June of the starting year; Q4 ends in March of the next.
        int month = (quarter.Number * 3) + 3;
        return month > 12
            ? Ending(quarter.FinancialYearStart + 1, month - 12, quarter.ToString())
            : Ending(quarter.FinancialYearStart, month, quarter.ToString());
    }

    /// <inheritdoc/>
    public bool Equals(KpiPeriod? other) => other is not null && other.Order == Order;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KpiPeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => Order;

    /// <inheritdoc/>
    public int CompareTo(KpiPeriod? other) => other is null ? 1 : Order.CompareTo(other.Order);

    /// <summary>Returns the label.</summary>
    /// <returns>The period as printed.</returns>
    public override string ToString() => Label;
}
