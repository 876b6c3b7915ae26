using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Testing;

namespace Lancs.Scoring.Tests.Complaints;

/// <summary>The laws of deadlines worked out on working days.</summary>
[Properties(MaxTest = 1000, Arbitrary = new[] { typeof(ComplaintArbitraries) })]
public sealed class TimescaleProperties
{
    private static readonly ComplaintClassifier Classifier = new();

    [Property]
    public bool AddingANonWorkingDay_NeverMakesAnOnTimeComplaintLate(GeneratedComplaints batch, int pick)
    {
        var before = Classifier.Classify(batch.Complaints);
        var extra = ExtraDay(before, pick);
        var calendar = ComplaintTimescales.Default.Calendar.WithHolidays(new[] { BankHoliday.Create(extra, "closure day") });
        var after = new ComplaintClassifier(null, Lancs.Scoring.Engine.RuleRuntime.Batch, ComplaintTimescales.Default.WithCalendar(calendar)).Classify(batch.Complaints);

        // Every deadline missed after is one missed before, and no complaint newly exceeds the statutory timescale.
        static HashSet<string> Missed(ComplaintClassification r) => r.Deadlines.Where(d => d.IsMissed).Select(d => $"{d.Complaint.Reference} {d.Timescale}").ToHashSet();
        return Missed(after).IsSubsetOf(Missed(before))
            && after.Reports.Zip(before.Reports, (a, b) => a.TimescaleExceeded.Count <= b.TimescaleExceeded.Count).All(x => x)
            && after.Deadlines.Zip(before.Deadlines, (a, b) => a.Due is null || b.Due is null || a.Due >= b.Due).All(x => x);
    }

    [Property]
    public bool AddWorkingDays_WithMoreHolidays_NeverEndsEarlier(int startDay, int days, int holiday)
    {
        var start = new DateTime(2016, 1, 1).AddDays(Math.Abs(startDay % 3000));
        var count = Math.Abs(days % 60);
        var more = WorkingCalendar.EnglandAndWales.WithHolidays(new[] { BankHoliday.Create(start.AddDays(Math.Abs(holiday % 90)), "closure day") });

        return more.AddWorkingDays(start, count) >= WorkingCalendar.EnglandAndWales.AddWorkingDays(start, count);
    }

    [Property]
    public bool AddWorkingDays_EndsOnAWorkingDay_ThatManyWorkingDaysLater(int startDay, int days)
    {
        var calendar = WorkingCalendar.EnglandAndWales;
        var start = new DateTime(2015, 1, 1).AddDays(Math.Abs(startDay % 4700));
        var count = 1 + Math.Abs(days % 60);
        var end = calendar.AddWorkingDays(start, count);

        return calendar.IsWorkingDay(end) && calendar.WorkingDaysBetween(start, end) == count && calendar.WorkingDaysBetween(start, end.AddDays(-1)) == count - 1;
    }

    /// <summary>A weekday to close: mostly one of the batch's own deadlines or response dates, where a wrong rule would show.</summary>
    private static DateTime ExtraDay(ComplaintClassification result, int pick)
    {
        var p = Math.Abs(pick % 100_000);
        var days = result.Deadlines.SelectMany(d => new[] { d.Due, d.Done, d.CountedFrom }).Where(d => d is not null).Select(d => d!.Value).ToList();
        var day = days.Count > 0 && p % 4 != 0 ? days[p % days.Count] : new DateTime(2016, 4, 1).AddDays(p % 500);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
