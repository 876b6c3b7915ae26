using System;
using System.Globalization;

namespace Lancs.Scoring.Complaints;

/// <summary>A day that is not a working day although it falls on a weekday: a bank holiday, a substitute day, or a day the
/// council closes of its own accord.</summary>
/// <remarks>Two holidays are different facts even on the same date; a <see cref="WorkingCalendar"/> keeps each date once.</remarks>
public sealed class BankHoliday
{
    private BankHoliday(DateTime date, string name)
    {
        Date = date;
        Name = name;
    }

    /// <summary>Gets the date (midnight; the time of day is dropped).</summary>
    public DateTime Date { get; }

    /// <summary>Gets the holiday's name, as gov.uk or the council writes it ("Boxing Day").</summary>
    public string Name { get; }

    /// <summary>Creates a holiday.</summary>
    /// <param name="date">The date; its time of day is dropped.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>The holiday.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static BankHoliday Create(DateTime date, string name) => new(date.Date, Guard.NotEmpty(name));

    /// <summary>Returns "2016-12-27 Christmas Day".</summary>
    /// <returns>The date and the name.</returns>
    public override string ToString() => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + Name;
}
