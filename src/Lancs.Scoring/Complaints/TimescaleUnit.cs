using Ardalis.SmartEnum;

namespace Lancs.Scoring.Complaints;

/// <summary>What a timescale's length is counted in. Ordered by <c>Value</c>.</summary>
public sealed class TimescaleUnit : SmartEnum<TimescaleUnit>
{
    /// <summary>Working days: Monday to Friday except bank holidays (<see cref="WorkingCalendar"/>).</summary>
    public static readonly TimescaleUnit WorkingDays = new(nameof(WorkingDays), 1, "working days");

    /// <summary>Calendar months: the same day of the month, or the month's last day when it is shorter (31 August + 6 months
    /// is 28 or 29 February).</summary>
    public static readonly TimescaleUnit CalendarMonths = new(nameof(CalendarMonths), 2, "months");

    private TimescaleUnit(string name, int value, string label)
        : base(name, value)
    {
        Label = label;
    }

    /// <summary>Gets the unit as written after a number: "working days", "months".</summary>
    public string Label { get; }
}
