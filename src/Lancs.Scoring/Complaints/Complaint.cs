using System;

namespace Lancs.Scoring.Complaints;

/// <summary>One complaint (or Ombudsman enquiry): its stream, stage, dates and outcome. No outcome means it is still open.</summary>
public sealed class Complaint
{
    private Complaint(string reference, ComplaintStream stream, ComplaintStage stage, DateTime received, DateTime? closed, ComplaintOutcome? outcome, bool exceededTimescale,
        ComplaintTimeline? timeline = null)
    {
        Reference = reference;
        Stream = stream;
        Stage = stage;
        Received = received.Date;
        Closed = closed?.Date;
        Outcome = outcome;
        ExceededTimescale = exceededTimescale;
        Timeline = timeline;
    }

    /// <summary>Gets the complaint's reference.</summary>
    public string Reference { get; }

    /// <summary>Gets the procedure the complaint went through.</summary>
    public ComplaintStream Stream { get; }

    /// <summary>Gets the stage it reached.</summary>
    public ComplaintStage Stage { get; }

    /// <summary>Gets the date it was received; the reports count complaints by this date (000:747).</summary>
    public DateTime Received { get; }

    /// <summary>Gets the date it was closed, or <see langword="null"/>.</summary>
    public DateTime? Closed { get; }

    /// <summary>Gets the outcome, or <see langword="null"/> while the complaint is open.</summary>
    public ComplaintOutcome? Outcome { get; }

    /// <summary>Gets whether the record says the complaint exceeded its statutory timescale (000:820, 929); used only when the
    /// complaint has no <see cref="Timeline"/>, since dates decide when they are given.</summary>
    public bool ExceededTimescale { get; }

    /// <summary>Gets the dates its timescales are worked out from, or <see langword="null"/> when none were given.</summary>
    public ComplaintTimeline? Timeline { get; }

    /// <summary>Gets whether the complaint's timescales are worked out from its dates (it has a <see cref="Timeline"/>),
    /// rather than taken from the recorded <see cref="ExceededTimescale"/> flag.</summary>
    public bool IsDated => Timeline is not null;

    /// <summary>Gets whether the complaint is still open: it has no outcome yet.</summary>
    public bool IsOpen => Outcome is null;

    /// <summary>Gets the financial year it was received in: 2016 for 1 April 2016 to 31 March 2017 (000:747).</summary>
    public int FinancialYear => Received.Month >= 4 ? Received.Year : Received.Year - 1;

    /// <summary>Gets whether the response deadline was extended without a reason.</summary>
    internal bool ExtendedWithoutReason => Timeline is { HasExtension: true, ExtensionReason: null };

    /// <summary>Gets the key the deadline rule joins on: stream and stage.</summary>
    internal int TimescaleKey => Timescale.KeyOf(Stream, Stage);

    /// <summary>Gets the key the classification joins on, or -1 while open.</summary>
    internal int GroupingKey => Outcome is null ? -1 : GroupingEntry.KeyOf(Stream, Outcome);

    /// <summary>Creates a complaint; the classifier checks it against the grouping and rejects what does not fit.</summary>
    /// <param name="reference">The complaint's reference.</param>
    /// <param name="stream">The procedure.</param>
    /// <param name="stage">The stage reached.</param>
    /// <param name="received">The date received.</param>
    /// <param name="closed">The date closed, if closed.</param>
    /// <param name="outcome">The outcome, if any.</param>
    /// <param name="exceededTimescale">Whether the statutory timescale was exceeded.</param>
    /// <returns>The complaint.</returns>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="stage"/> is <see langword="null"/>.</exception>
    public static Complaint Create(string reference, ComplaintStream stream, ComplaintStage stage, DateTime received,
        DateTime? closed = null, ComplaintOutcome? outcome = null, bool exceededTimescale = false) =>
        new(Guard.NotEmpty(reference), Guard.NotNull(stream), Guard.NotNull(stage), received, closed, outcome, exceededTimescale);

    /// <summary>Returns a copy whose timescales are worked out from its dates: its received and closed dates and
    /// <paramref name="timeline"/>.</summary>
    /// <param name="timeline">The acknowledgement, escalation and extension; <see cref="ComplaintTimeline.Create"/> with no
    /// arguments when the received and closed dates are all there is.</param>
    /// <returns>The dated complaint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    public Complaint WithTimeline(ComplaintTimeline timeline) =>
        new(Reference, Stream, Stage, Received, Closed, Outcome, ExceededTimescale, Guard.NotNull(timeline));

    /// <summary>Returns "ASC-1 (AdultSocialCare, Stage0): ResolvedEarly".</summary>
    /// <returns>The complaint in one line.</returns>
    public override string ToString() => $"{Reference} ({Stream}, {Stage}): {(Outcome?.Name ?? "open")}";
}
