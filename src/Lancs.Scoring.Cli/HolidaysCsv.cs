using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Cli;

/// <summary>Reads extra non-working days (the columns of <c>data/calendar/bank-holidays-england-and-wales.csv</c>:
/// <c>date,name,note</c>), such as a council's closure days or a later year's bank holidays, to add to the calendar.</summary>
internal static class HolidaysCsv
{
    public static List<BankHoliday> Read(string path, TextWriter progress, List<Rejection> problems, InputLimits limits)
    {
        var holidays = new List<BankHoliday>();
        using var csv = CsvRows.Open(path, "holidays", new[] { "date", "name" }, "date,name,note", problems, limits);
        foreach (var (line, cell) in csv.Read(progress))
        {
            var text = cell("date").Trim();
            var name = cell("name").Trim();
            var where = $"{Path.GetFileName(path)} line {line}";
            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(new Rejection(where, "date", text, "not a date; write dates as YYYY-MM-DD."));
                continue;
            }

            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                problems.Add(new Rejection(where, "date", text, "falls at a weekend, which is never a working day; give the substitute weekday instead."));
                continue;
            }

            holidays.Add(BankHoliday.Create(date, name.Length == 0 ? "closure day" : name));
        }

        return holidays;
    }
}
