using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lancs.Scoring;

/// <summary>
/// A quarter of the council's financial year (April to March): Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar,
/// written as the papers do, e.g. "Q2 2017/18" (000:1513).
/// </summary>
/// <remarks>
/// <para>Quarters compare by year, then number: Q4 2016/17 &lt; Q1 2017/18.</para>
/// <para>Financial years 1900/01 to 9998/99 are supported. <c>default(Quarter)</c> is Q1 1900/01, a real quarter
/// (the struct stores the number of quarters since then), so a default never holds year 0 or quarter 0.</para>
/// </remarks>
public readonly struct Quarter : IEquatable<Quarter>, IComparable<Quarter>, IComparable
{
    private const int MinYear = 1900;
    private const int MaxYear = 9998;
    private const string Accepted = "expected a financial-year quarter written \"2017/18 Q2\", \"Q2 2017/18\" or \"2017-18-Q2\", the second year being the year after the first, and a quarter 1 to 4";

    private static readonly Regex[] _formats =
    {
        new Regex(@"^(?<y>[0-9]{4})/(?<yy>[0-9]{2})\s+Q(?<q>[0-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new Regex(@"^Q(?<q>[0-9])\s+(?<y>[0-9]{4})/(?<yy>[0-9]{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new Regex(@"^(?<y>[0-9]{4})-(?<yy>[0-9]{2})-Q(?<q>[0-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
    };

    /// <summary>The text of the quarter last printed in each of 16 slots (<see cref="ToString"/>).</summary>
    private static readonly PrintedQuarter?[] Printed = new PrintedQuarter?[16];

    private readonly int _quartersSince1900;

    /// <summary>Creates a quarter.</summary>
    /// <param name="financialYearStart">The calendar year in which the financial year starts: 2017 for 2017/18.</param>
    /// <param name="number">The quarter, 1 (Apr-Jun) to 4 (Jan-Mar).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not 1-4, or <paramref name="financialYearStart"/> is not 1900-9998.</exception>
    public Quarter(int financialYearStart, int number)
    {
        if (financialYearStart < MinYear || financialYearStart > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(financialYearStart), financialYearStart, "The financial year must start between 1900 and 9998, e.g. 2017 for 2017/18.");
        }

        if (number < 1 || number > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "The quarter number must be 1 to 4.");
        }

        _quartersSince1900 = ((financialYearStart - MinYear) * 4) + number - 1;
    }

    /// <summary>Gets the calendar year in which the financial year starts: 2017 for 2017/18.</summary>
    public int FinancialYearStart => MinYear + (_quartersSince1900 / 4);

    /// <summary>Gets the quarter number, 1 (Apr-Jun) to 4 (Jan-Mar).</summary>
    public int Number => (_quartersSince1900 % 4) + 1;

    /// <summary>Gets the quarter before this one (Q4 2016/17 for Q1 2017/18).</summary>
    /// <exception cref="InvalidOperationException">This is Q1 1900/01, the first supported quarter.</exception>
    public Quarter Previous => _quartersSince1900 == 0
        ? throw new InvalidOperationException("Q1 1900/01 is the first supported quarter; it has no previous quarter.")
        : FromOrdinal(_quartersSince1900 - 1);

    /// <summary>Gets the quarter after this one (Q1 2018/19 for Q4 2017/18).</summary>
    /// <exception cref="InvalidOperationException">This is Q4 9998/99, the last supported quarter.</exception>
    public Quarter Next => _quartersSince1900 == ((MaxYear - MinYear) * 4) + 3
        ? throw new InvalidOperationException("Q4 9998/99 is the last supported quarter; it has no next quarter.")
        : FromOrdinal(_quartersSince1900 + 1);

    /// <summary>Returns the quarter written in <paramref name="text"/>.</summary>
    /// <param name="text">"2017/18 Q2", "Q2 2017/18" or "2017-18-Q2" (case-insensitive, surrounding white space ignored).</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not in an accepted form; the message names it and lists the forms.</exception>
    public static Quarter Parse(string? text)
    {
        if (TryParse(text, out Quarter quarter))
        {
            return quarter;
        }

        throw new FormatException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not a quarter; {1}.", text, Accepted));
    }

    /// <summary>Tries to read a quarter; never throws.</summary>
    /// <param name="text">"2017/18 Q2", "Q2 2017/18" or "2017-18-Q2" (case-insensitive, surrounding white space ignored).</param>
    /// <param name="quarter">The quarter when the method returns <see langword="true"/>; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid quarter.</returns>
    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        string trimmed = text?.Trim() ?? string.Empty;
        foreach (Regex format in _formats)
        {
            Match match = format.Match(trimmed);
            if (!match.Success)
            {
                continue;
            }

            int year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            int endYear = int.Parse(match.Groups["yy"].Value, CultureInfo.InvariantCulture);
            int number = match.Groups["q"].Value[0] - '0';
            bool valid = year >= MinYear && year <= MaxYear && endYear == (year + 1) % 100 && number >= 1 && number <= 4;
            if (valid)
            {
                quarter = new Quarter(year, number);
            }

            return valid;
        }

        return false;
    }

    /// <summary>Returns whether two quarters are the same.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Quarter left, Quarter right) => left.Equals(right);

    /// <summary>Returns whether two quarters differ.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Quarter left, Quarter right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when the left quarter is earlier.</returns>
    public static bool operator <(Quarter left, Quarter right) => left._quartersSince1900 < right._quartersSince1900;

    /// <summary>Returns whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when the left quarter is later.</returns>
    public static bool operator >(Quarter left, Quarter right) => left._quartersSince1900 > right._quartersSince1900;

    /// <summary>Returns whether this is the same quarter as <paramref name="other"/>.</summary>
    /// <param name="other">The quarter to compare with.</param>
    /// <returns><see langword="true"/> when year and number are equal.</returns>
    public bool Equals(Quarter other) => _quartersSince1900 == other._quartersSince1900;

    /// <summary>Returns whether <paramref name="obj"/> is the same quarter.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => obj is Quarter other && Equals(other);

    /// <summary>Returns a hash code of the quarter.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _quartersSince1900;

    /// <summary>Compares chronologically: negative when this quarter is earlier.</summary>
    /// <param name="other">The quarter to compare with.</param>
    /// <returns>The chronological comparison.</returns>
    public int CompareTo(Quarter other) => _quartersSince1900.CompareTo(other._quartersSince1900);

    /// <summary>Compares with a boxed quarter; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A <see cref="Quarter"/> or <see langword="null"/>.</param>
    /// <returns>The chronological comparison.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Quarter"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Quarter other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Quarter.", nameof(obj)),
    };

    /// <summary>Returns the quarter as the papers write it, e.g. "Q2 2017/18".</summary>
    /// <returns>The text in the invariant culture.</returns>
    public override string ToString()
    {
        // A register's sentences print the same one or two quarters a million times; the last texts printed are kept, one
        // per slot of the quarter's number, so those sentences share them. A slot is replaced as a whole (one reference),
        // so threads that race over one only print the quarter again.
        var slot = _quartersSince1900 & (Printed.Length - 1);
        if (Printed[slot] is { } printed && printed.Ordinal == _quartersSince1900)
        {
            return printed.Text;
        }

        var text = string.Format(CultureInfo.InvariantCulture, "Q{0} {1}/{2:00}", Number, FinancialYearStart, (FinancialYearStart + 1) % 100);
        Printed[slot] = new PrintedQuarter(_quartersSince1900, text);
        return text;
    }

    private static Quarter FromOrdinal(int ordinal) => new Quarter(MinYear + (ordinal / 4), (ordinal % 4) + 1);

    /// <summary>A quarter's number and its printed text.</summary>
    private sealed class PrintedQuarter
    {
        public PrintedQuarter(int ordinal, string text)
        {
            Ordinal = ordinal;
            Text = text;
        }

        public int Ordinal { get; }

        public string Text { get; }
    }
}
