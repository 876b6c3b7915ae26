using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Lancs.Scoring.Complaints;

/// <summary>Each stream's deadlines, as data, with the calendar and the counting rules they are worked out by.</summary>
/// <remarks><para><see cref="Default"/> holds the statutory adult social care maximum of 6 months (000:820), the children's
/// statutory stages, and the Complaint Handling Code's corporate deadlines (see docs/complaints.md for each line's source),
/// on the England and Wales calendar.</para>
/// <para>Counting: a timescale in working days ends on the Nth working day after the day it counts from, which is not counted
/// (<see cref="CountsStartDay"/>); one in months ends on the same day of the month, moved to the next working day when it falls
/// on a weekend or bank holiday (<see cref="MovesDeadlinesToWorkingDays"/>). A complaint still open is judged at
/// <see cref="AsAt"/>: missed if the deadline passed before it, else pending.</para></remarks>
/// <threadsafety static="true" instance="true">A policy is immutable.</threadsafety>
public sealed partial class ComplaintTimescales
{
    private readonly Dictionary<(ComplaintStream, ComplaintStage, TimescaleStep), Timescale> _byStep;

    private ComplaintTimescales(WorkingCalendar calendar, IEnumerable<Timescale> timescales, bool countsStartDay, bool movesDeadlinesToWorkingDays, DateTime? asAt)
    {
        Calendar = calendar;
        CountsStartDay = countsStartDay;
        MovesDeadlinesToWorkingDays = movesDeadlinesToWorkingDays;
        AsAt = asAt?.Date;
        _byStep = new Dictionary<(ComplaintStream, ComplaintStage, TimescaleStep), Timescale>();
        foreach (var timescale in timescales)
        {
            _byStep[(timescale.Stream, timescale.Stage, timescale.Step)] = timescale.BoundTo(this);
        }

        Entries = _byStep.Values.OrderBy(t => t.Stream.Value).ThenBy(t => t.Stage.Value).ThenBy(t => t.Step.Value).ToList().AsReadOnly();
    }

    /// <summary>Gets the calendar working days are counted on.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Gets whether the day a timescale counts from is itself counted, when it is a working day.</summary>
    /// <value><see langword="false"/> unless stated: "within 5 working days of receipt" of a complaint received on a Monday ends on the next Monday.</value>
    public bool CountsStartDay { get; }

    /// <summary>Gets whether a deadline in months that falls on a weekend or bank holiday moves to the next working day.</summary>
    /// <value><see langword="true"/> unless stated.</value>
    public bool MovesDeadlinesToWorkingDays { get; }

    /// <summary>Gets the date open complaints are judged at, or <see langword="null"/> for the end (31 March) of the financial
    /// year each complaint was received in, as the annual report is (000:816 "still open at year-end").</summary>
    public DateTime? AsAt { get; }

    /// <summary>Gets every timescale, by stream, stage and step: the facts the deadline rule joins complaints to.</summary>
    public IReadOnlyList<Timescale> Entries { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="calendar">The calendar working days are counted on.</param>
    /// <param name="timescales">The timescales; a later one for the same stream, stage and step replaces an earlier one.</param>
    /// <param name="countsStartDay">Whether the day counted from is itself counted.</param>
    /// <param name="movesDeadlinesToWorkingDays">Whether a deadline in months on a non-working day moves to the next working day.</param>
    /// <param name="asAt">The date open complaints are judged at; <see langword="null"/> for the end of each complaint's financial year.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/>, <paramref name="timescales"/> or a timescale is <see langword="null"/>.</exception>
    public static ComplaintTimescales Create(WorkingCalendar calendar, IEnumerable<Timescale> timescales, bool countsStartDay = false,
        bool movesDeadlinesToWorkingDays = true, DateTime? asAt = null) =>
        new(Guard.NotNull(calendar), Guard.NotNull(timescales).Select(t => Guard.NotNull(t)).ToList(), countsStartDay, movesDeadlinesToWorkingDays, asAt);

    /// <summary>Returns the timescales of a stream at a stage, acknowledgement first.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="stage">The stage.</param>
    /// <returns>The timescales; empty when the stage has none.</returns>
    public IReadOnlyList<Timescale> For(ComplaintStream stream, ComplaintStage stage) =>
        Entries.Where(t => t.Stream == stream && t.Stage == stage).ToList();

    /// <summary>Returns a copy in which <paramref name="timescale"/> replaces any timescale of the same stream, stage and step.</summary>
    /// <param name="timescale">The timescale.</param>
    /// <returns>The changed policy.</returns>
    public ComplaintTimescales With(Timescale timescale) => Copy(Entries.Append(Guard.NotNull(timescale)));

    /// <summary>Returns a copy without the timescale of a stream, stage and step.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="stage">The stage.</param>
    /// <param name="step">The step.</param>
    /// <returns>The changed policy.</returns>
    public ComplaintTimescales Without(ComplaintStream stream, ComplaintStage stage, TimescaleStep step) =>
        Copy(Entries.Where(t => t.Stream != stream || t.Stage != stage || t.Step != step));

    /// <summary>Returns a copy that counts working days on <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The calendar, for example <see cref="WorkingCalendar.EnglandAndWales"/> with the council's closure days.</param>
    /// <returns>The changed policy.</returns>
    public ComplaintTimescales WithCalendar(WorkingCalendar calendar) =>
        new(Guard.NotNull(calendar), Entries, CountsStartDay, MovesDeadlinesToWorkingDays, AsAt);

    /// <summary>Returns a copy that does or does not count the day a timescale counts from.</summary>
    /// <param name="counted">Whether the start day is counted.</param>
    /// <returns>The changed policy.</returns>
    public ComplaintTimescales WithStartDayCounted(bool counted) => new(Calendar, Entries, counted, MovesDeadlinesToWorkingDays, AsAt);

    /// <summary>Returns a copy that does or does not move a deadline in months off a non-working day.</summary>
    /// <param name="moved">Whether such a deadline moves to the next working day.</param>
    /// <returns>The changed policy.</returns>
    public ComplaintTimescales WithDeadlinesMovedToWorkingDays(bool moved) => new(Calendar, Entries, CountsStartDay, moved, AsAt);

    /// <summary>Returns a copy that judges open complaints at <paramref name="asAt"/>.</summary>
    /// <param name="asAt">The date; <see langword="null"/> for the end of each complaint's financial year.</param>
    /// <returns>The changed policy.</returns>
    public ComplaintTimescales WithAsAt(DateTime? asAt) => new(Calendar, Entries, CountsStartDay, MovesDeadlinesToWorkingDays, asAt);

    /// <summary>Returns "11 timescales on working days: 107 holidays listed for 2015-2027".</summary>
    /// <returns>The policy in one line.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} timescales on {1}", Entries.Count, Calendar);

    private ComplaintTimescales Copy(IEnumerable<Timescale> timescales) => new(Calendar, timescales.ToList(), CountsStartDay, MovesDeadlinesToWorkingDays, AsAt);

    private Timescale? Find(ComplaintStream stream, ComplaintStage stage, TimescaleStep step) =>
        _byStep.TryGetValue((stream, stage, step), out var timescale) ? timescale : null;
}
