using Ardalis.SmartEnum;

namespace Lancs.Scoring.Complaints;

/// <summary>Whether a complaint met a deadline. Ordered by <c>Value</c>.</summary>
public sealed class DeadlineStatus : SmartEnum<DeadlineStatus>
{
    /// <summary>Done on or before the deadline.</summary>
    public static readonly DeadlineStatus Met = new(nameof(Met), 1);

    /// <summary>Done after the deadline, or not done although the deadline passed before the policy's as-at date.</summary>
    public static readonly DeadlineStatus Missed = new(nameof(Missed), 2);

    /// <summary>Not done yet, and the deadline had not passed by the as-at date.</summary>
    public static readonly DeadlineStatus Pending = new(nameof(Pending), 3);

    /// <summary>The deadline cannot be worked out from the dates given (a date it counts from is missing, or the calendar does
    /// not cover the year); <see cref="DeadlineCheck.Reason"/> says why.</summary>
    public static readonly DeadlineStatus Unknown = new(nameof(Unknown), 4);

    private DeadlineStatus(string name, int value)
        : base(name, value)
    {
    }
}
