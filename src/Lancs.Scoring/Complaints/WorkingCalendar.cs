using System;
using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Complaints;

/// <summary>Which days are working days: Monday to Friday, except the bank holidays (and any closure days) it lists.</summary>
/// <remarks><para><see cref="EnglandAndWales"/> is the shipped calendar, read from <c>data/calendar/bank-holidays-england-and-wales.csv</c>
/// (embedded in the library); a council adds its own closure days with <see cref="WithHolidays"/>.</para>
/// <para>A calendar lists holidays for the years <see cref="FirstYear"/> to <see cref="LastYear"/> only: outside them it
/// would take every weekday for a working day, so deadlines there are not worked out (<see cref="Covers"/>).</para>
/// <para>Counting never includes the day counted from: the first working day after Thursday is Friday.</para></remarks>
/// <threadsafety static="true" instance="true">A calendar is immutable.</threadsafety>
public sealed partial class WorkingCalendar
{
    private readonly HashSet<DateTime> _holidays;

    private WorkingCalendar(IReadOnlyList<BankHoliday> holidays)
    {
        Holidays = holidays;
        _holidays = new HashSet<DateTime>(holidays.Select(h => h.Date));
        FirstYear = holidays.Count == 0 ? 0 : holidays.Min(h => h.Date.Year);
        LastYear = holidays.Count == 0 ? -1 : holidays.Max(h => h.Date.Year);
    }

    /// <summary>Gets the holidays, by date.</summary>
    public IReadOnlyList<BankHoliday> Holidays { get; }

    /// <summary>Gets the first calendar year the calendar lists holidays for.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last calendar year the calendar lists holidays for.</summary>
    public int LastYear { get; }

    /// <summary>Creates a calendar from its holidays.</summary>
    /// <param name="holidays">The holidays; a date given twice counts once.</param>
    /// <returns>The calendar, covering the years from the earliest holiday's to the latest's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> or one of them is <see langword="null"/>.</exception>
    public static WorkingCalendar Create(IEnumerable<BankHoliday> holidays)
    {
        var list = Guard.NotNull(holidays).Select(h => Guard.NotNull(h)).ToList();
        return new WorkingCalendar(list.GroupBy(h => h.Date).Select(g => g.First()).OrderBy(h => h.Date).ToList().AsReadOnly());
    }

    /// <summary>Returns a copy with more non-working days, such as a council's own closure days.</summary>
    /// <param name="holidays">The days to add; a date already listed keeps its first name.</param>
    /// <returns>The extended calendar; its years widen if a day falls outside them.</returns>
    public WorkingCalendar WithHolidays(IEnumerable<BankHoliday> holidays) => Create(Holidays.Concat(Guard.NotNull(holidays)));

    /// <summary>Returns whether the calendar lists holidays for the year of <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="FirstYear"/> &lt;= the year &lt;= <see cref="LastYear"/>.</returns>
    public bool Covers(DateTime date) => date.Year >= FirstYear && date.Year <= LastYear;

    /// <summary>Returns whether <paramref name="date"/> is a working day: a weekday that is not a listed holiday.</summary>
    /// <param name="date">The date; its time of day is ignored.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    public bool IsWorkingDay(DateTime date) =>
        date.DayOfWeek != DayOfWeek.Saturday && date.DayOfWeek != DayOfWeek.Sunday && !_holidays.Contains(date.Date);

    /// <summary>Returns the day <paramref name="days"/> working days after <paramref name="date"/>, not counting <paramref name="date"/> itself.</summary>
    /// <param name="date">The day counted from.</param>
    /// <param name="days">How many working days; 0 gives <paramref name="date"/> itself.</param>
    /// <returns>The date reached; always a working day when <paramref name="days"/> is above 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public DateTime AddWorkingDays(DateTime date, int days)
    {
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "Count working days forward only: days must be 0 or more.");
        }

        var day = date.Date;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Returns the number of working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    /// <param name="from">The day counted from (not counted).</param>
    /// <param name="to">The last day counted.</param>
    /// <returns>The count; 0 when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    public int WorkingDaysBetween(DateTime from, DateTime to)
    {
        var count = 0;
        for (var day = from.Date.AddDays(1); day <= to.Date; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Returns <paramref name="date"/> when it is a working day, else the next working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The first working day on or after <paramref name="date"/>.</returns>
    public DateTime WorkingDayOnOrAfter(DateTime date)
    {
        var day = date.Date;
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>Returns "working days: 107 holidays listed for 2015-2027".</summary>
    /// <returns>The calendar's years and size.</returns>
    public override string ToString() => $"working days: {Holidays.Count} holidays listed for {FirstYear}-{LastYear}";
}
