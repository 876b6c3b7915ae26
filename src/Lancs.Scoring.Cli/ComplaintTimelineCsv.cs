using System;
using System.Collections.Generic;
using System.Globalization;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Cli;

/// <summary>Reads the timescale columns of a complaints row: <c>acknowledged</c>, <c>escalated</c>, <c>extension_days</c>,
/// <c>extension_reason</c>, all optional.</summary>
/// <remarks>Dates decide when they are given: a row whose <c>exceeded_timescale</c> is blank, or that fills any of these
/// columns, is judged on its dates; only a row with the flag and none of them keeps the flag.</remarks>
internal static class ComplaintTimelineCsv
{
    /// <summary>The optional columns, for the expected header in messages.</summary>
    public const string Columns = "acknowledged,escalated,extension_days,extension_reason";

    /// <summary>Returns the complaint, dated when its row gives dates; or adds a problem and returns <see langword="null"/>.</summary>
    public static Complaint? Dated(Complaint complaint, Func<string, string> cell, string where, List<Rejection> problems)
    {
        string Cell(string column) => cell(column).Trim();
        if (!TryDate(Cell("acknowledged"), "acknowledged", where, problems, out var acknowledged)
            || !TryDate(Cell("escalated"), "escalated", where, problems, out var escalated))
        {
            return null;
        }

        var extension = 0;
        var days = Cell("extension_days");
        if (days.Length > 0 && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out extension) || extension > 366))
        {
            problems.Add(new Rejection(where, "extension_days", days, "write the extension as a whole number of working days (0 to 366), or leave it blank."));
            return null;
        }

        var reason = Cell("extension_reason");
        var given = acknowledged is not null || escalated is not null || days.Length > 0 || reason.Length > 0;
        return given || Cell("exceeded_timescale").Length == 0
            ? complaint.WithTimeline(ComplaintTimeline.Create(acknowledged, escalated, extension, reason))
            : complaint;
    }

    private static bool TryDate(string text, string column, string where, List<Rejection> problems, out DateTime? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        problems.Add(new Rejection(where, column, text, "not a date; write dates as YYYY-MM-DD, or leave it blank."));
        return false;
    }
}
