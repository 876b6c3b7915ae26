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

    /// <summary>Checks an app's own record of a complaint; never throws on bad values.</summary>
    /// <param name="draft">The record.</param>
    /// <param name="complaint">The complaint, when the record is valid.</param>
    /// <param name="rejection">Why not, naming the record by its reference (or position) and the field by one of
    /// <see cref="RejectionField"/>'s names. The classifier still checks the complaint against its grouping.</param>
    /// <returns>Whether the record is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    public static bool TryCreate(ComplaintDraft draft, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Complaint? complaint,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Rejection? rejection)
    {
        Guard.NotNull(draft);
        complaint = null;
        var reference = draft.Reference?.Trim() ?? string.Empty;
        var name = reference.Length == 0
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, "record {0}", draft.Position + 1)
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} (record {1})", Quoting.Value(reference), draft.Position + 1);
        ComplaintStream? stream = null;
        ComplaintStage? stage = null;
        ComplaintOutcome? outcome = null;
        rejection = reference.Length == 0 ? new Rejection(name, RejectionField.Reference, draft.Reference, "every complaint needs its reference.")
            : !TryName(draft.Stream, out stream) ? new Rejection(name, RejectionField.Stream, draft.Stream, $"not a stream; the streams are {string.Join(", ", ComplaintStream.List)}.")
            : !TryName(draft.Stage, out stage) ? new Rejection(name, RejectionField.Stage, draft.Stage, $"not a stage; the stages are {string.Join(", ", ComplaintStage.List)}.")
            : draft.Received is null ? new Rejection(name, RejectionField.Received, null, "every complaint needs the date it was received.")
            : !string.IsNullOrWhiteSpace(draft.Outcome) && !TryName(draft.Outcome, out outcome)
                ? new Rejection(name, RejectionField.Outcome, draft.Outcome, $"not an outcome; the outcomes are {string.Join(", ", ComplaintOutcome.List)}.")
            : null;
        if (rejection is not null)
        {
            return false;
        }

        complaint = new(reference, stream!, stage!, draft.Received!.Value.Date, draft.Closed?.Date, outcome, draft.ExceededTimescale);
        return true;
    }

    private static bool TryName<T>(string? text, out T? value)
        where T : Ardalis.SmartEnum.SmartEnum<T>
    {
        value = null;
        return !string.IsNullOrWhiteSpace(text) && Ardalis.SmartEnum.SmartEnum<T>.TryFromName(text!.Trim(), ignoreCase: true, out value);
    }

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
