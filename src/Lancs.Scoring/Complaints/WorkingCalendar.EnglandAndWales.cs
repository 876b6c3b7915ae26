using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Lancs.Scoring.Complaints;

/// <summary>The shipped calendar of England and Wales bank holidays.</summary>
public sealed partial class WorkingCalendar
{
    private const string EnglandAndWalesResource = "Lancs.Scoring.Complaints.bank-holidays-england-and-wales.csv";

    /// <summary>Gets the England and Wales bank holidays, substitute days included, for 2015 to 2027 (gov.uk/bank-holidays),
    /// as listed in <c>data/calendar/bank-holidays-england-and-wales.csv</c>.</summary>
    public static WorkingCalendar EnglandAndWales { get; } = Create(ReadEmbedded(EnglandAndWalesResource));

    /// <summary>Reads a <c>date,name,note</c> file shipped inside the library; a bad line is a build mistake, so it throws.</summary>
    private static IEnumerable<BankHoliday> ReadEmbedded(string resource)
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The library lacks its embedded resource '{resource}'.");
        using var reader = new StreamReader(stream);
        var holidays = new List<BankHoliday>();
        reader.ReadLine();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            var date = DateTime.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None);
            holidays.Add(BankHoliday.Create(date, cells[1]));
        }

        return holidays;
    }
}
