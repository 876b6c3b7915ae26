using System;

namespace Lancs.Scoring.Complaints;

/// <summary>One complaint (or Ombudsman enquiry): its stream, stage, dates and outcome. No outcome means it is still open.</summary>
public sealed class Complaint
{
    private Complaint(string reference, ComplaintStream stream, ComplaintStage stage, DateTime received, DateTime? closed, ComplaintOutcome? outcome, bool exceededTimescale)
    {
        Reference = reference;
        Stream = stream;
        Stage = stage;
        Received = received.Date;
        Closed = closed?.Date;
        Outcome = outcome;
        ExceededTimescale = exceededTimescale;
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

    /// <summary>Gets whether the complaint exceeded its statutory timescale (000:820, 929).</summary>
    public bool ExceededTimescale { get; }

    /// <summary>Gets whether the complaint is still open: it has no outcome yet.</summary>
    public bool IsOpen => Outcome is null;

    /// <summary>Gets the financial year it was received in: 2016 for 1 April 2016 to 31 March 2017 (000:747).</summary>
    public int FinancialYear => Received.Month >= 4 ? Received.Year : Received.Year - 1;

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

    /// <summary>Returns "ASC-1 (AdultSocialCare, Stage0): ResolvedEarly".</summary>
    /// <returns>The complaint in one line.</returns>
    public override string ToString() => $"{Reference} ({Stream}, {Stage}): {(Outcome?.Name ?? "open")}";
}
