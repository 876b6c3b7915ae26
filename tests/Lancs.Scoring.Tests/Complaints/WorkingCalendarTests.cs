using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Lancs.Scoring.Complaints;
using Xunit;

namespace Lancs.Scoring.Tests.Complaints;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2016-06-02", 5, "2016-06-09")] // Thursday: across a weekend
    [InlineData("2016-06-04", 5, "2016-06-10")] // received on a Saturday: Monday is day 1
    [InlineData("2017-04-13", 5, "2017-04-24")] // Maundy Thursday: across Good Friday and Easter Monday
    [InlineData("2017-04-14", 5, "2017-04-24")] // received on Good Friday itself
    [InlineData("2017-05-22", 5, "2017-05-30")] // the 5th weekday would be the Spring bank holiday (29 May): the next working day
    [InlineData("2016-12-22", 5, "2017-01-03")] // across the year end: Boxing Day, the Christmas substitute (27 Dec), the New Year substitute (2 Jan)
    [InlineData("2019-12-20", 10, "2020-01-08")] // across Christmas and New Year's Day on weekdays
    [InlineData("2022-06-01", 1, "2022-06-06")] // the Spring bank holiday moved to 2 June and the Platinum Jubilee on 3 June
    [InlineData("2022-09-16", 1, "2022-09-20")] // the State Funeral of Queen Elizabeth II (19 Sep 2022)
    [InlineData("2016-06-01", 0, "2016-06-01")]
    public void AddWorkingDays_FromADay_NeverCountsItOrANonWorkingDay(string from, int days, string expected)
    {
        Assert.Equal(Day(expected), Calendar.AddWorkingDays(Day(from), days));
    }

    [Theory]
    [InlineData("2016-12-23", "2016-12-28", 1)]
    [InlineData("2017-04-13", "2017-04-24", 5)]
    [InlineData("2016-06-09", "2016-06-09", 0)]
    [InlineData("2016-06-09", "2016-06-01", 0)]
    public void WorkingDaysBetween_CountsTheWorkingDaysAfterTheFirstUpToTheLast(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(Day(from), Day(to)));
    }

    [Theory]
    [InlineData("2016-12-27", "2016-12-28")] // the Christmas substitute day
    [InlineData("2017-12-25", "2017-12-27")] // Christmas Day and Boxing Day
    [InlineData("2017-06-24", "2017-06-26")] // a Saturday
    [InlineData("2017-06-26", "2017-06-26")]
    public void WorkingDayOnOrAfter_NonWorkingDay_MovesToTheNextWorkingDay(string date, string expected)
    {
        Assert.Equal(Day(expected), Calendar.WorkingDayOnOrAfter(Day(date)));
    }

    [Fact]
    public void EnglandAndWales_Covers2015To2027_WithEightBankHolidaysAYearAndTheOneOffs()
    {
        Assert.Equal((2015, 2027), (Calendar.FirstYear, Calendar.LastYear));
        var perYear = Calendar.Holidays.GroupBy(h => h.Date.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(perYear.Where(p => p.Key != 2022 && p.Key != 2023), p => Assert.Equal(8, p.Value));
        Assert.Equal(10, perYear[2022]); // Platinum Jubilee, State Funeral
        Assert.Equal(9, perYear[2023]);  // Coronation
        Assert.All(Calendar.Holidays, h => Assert.True(h.Date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday, h.ToString()));
    }

    [Fact]
    public void EnglandAndWales_GoodFridayAndEasterMonday_AgreeWithTheEasterComputus()
    {
        for (var year = 2015; year <= 2027; year++)
        {
            var easter = EasterSunday(year);
            Assert.Contains(Calendar.Holidays, h => h.Date == easter.AddDays(-2) && h.Name == "Good Friday");
            Assert.Contains(Calendar.Holidays, h => h.Date == easter.AddDays(1) && h.Name == "Easter Monday");
        }
    }

    [Fact]
    public void EnglandAndWales_ChristmasAndNewYear_HaveSubstituteDaysWhenTheyFallAtAWeekend()
    {
        for (var year = 2015; year <= 2027; year++)
        {
            // Each of 25 and 26 December, and 1 January, is a bank holiday or has one on the next free weekday.
            var christmas = Calendar.Holidays.Where(h => h.Date.Year == year && h.Date.Month == 12).Select(h => h.Date).ToList();
            Assert.Equal(2, christmas.Count);
            Assert.Equal(Next(new DateTime(year, 12, 25)), christmas[0]);
            Assert.Equal(Next(christmas[0].AddDays(1)), christmas[1]);
            Assert.Contains(Next(new DateTime(year, 1, 1)), Calendar.Holidays.Select(h => h.Date));
        }

        static DateTime Next(DateTime day) => day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(2),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
    }

    [Fact]
    public void EnglandAndWales_IsTheShippedDataFile()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "calendar", "bank-holidays-england-and-wales.csv");
        var dates = File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => Day(l.Split(',')[0])).ToList();

        Assert.Equal(dates, Calendar.Holidays.Select(h => h.Date));
    }

    [Fact]
    public void WithHolidays_ACouncilClosureDay_IsNoLongerAWorkingDay()
    {
        var closed = Calendar.WithHolidays(new[] { BankHoliday.Create(Day("2016-12-23"), "County Hall closed") });

        Assert.True(Calendar.IsWorkingDay(Day("2016-12-23")));
        Assert.False(closed.IsWorkingDay(Day("2016-12-23")));
        Assert.Equal(Day("2016-12-29"), closed.AddWorkingDays(Day("2016-12-22"), 2));
        Assert.Equal(Calendar.Holidays.Count + 1, closed.Holidays.Count);
    }

    [Fact]
    public void AddWorkingDays_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Day("2016-06-01"), -1));
    }

    internal static DateTime Day(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The anonymous Gregorian computus (Meeus/Jones/Butcher), independent of the data file.</summary>
    private static DateTime EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateTime(year, month, day);
    }
}
