using System;
using System.Globalization;

namespace Lancs.Scoring.Complaints;

/// <summary>One deadline of a stream's procedure at one stage: "respond within 10 working days of the acknowledgement, or up to
/// 10 more with a reason", with where it comes from. A fact: the deadline rule joins each dated complaint to the timescales
/// of its stream and stage.</summary>
/// <remarks>Create one with <see cref="Create"/> and put it in a policy with <see cref="ComplaintTimescales.With"/>; the
/// policy's <see cref="ComplaintTimescales.Entries"/> are the facts the rules read.</remarks>
public sealed class Timescale
{
    private Timescale(ComplaintStream stream, ComplaintStage stage, TimescaleStep step, int length, TimescaleUnit unit, TimescaleStart countedFrom,
        int extensionAllowed, bool isStatutory, string source, ComplaintTimescales? policy)
    {
        Stream = stream;
        Stage = stage;
        Step = step;
        Length = length;
        Unit = unit;
        CountedFrom = countedFrom;
        ExtensionAllowed = extensionAllowed;
        IsStatutory = isStatutory;
        Source = source;
        Policy = policy;
    }

    /// <summary>Gets the stream whose procedure sets the deadline.</summary>
    public ComplaintStream Stream { get; }

    /// <summary>Gets the stage the deadline belongs to.</summary>
    public ComplaintStage Stage { get; }

    /// <summary>Gets what must be done by the deadline.</summary>
    public TimescaleStep Step { get; }

    /// <summary>Gets the length of the timescale, in <see cref="Unit"/>.</summary>
    public int Length { get; }

    /// <summary>Gets what the length is counted in.</summary>
    public TimescaleUnit Unit { get; }

    /// <summary>Gets the day the length is counted from.</summary>
    public TimescaleStart CountedFrom { get; }

    /// <summary>Gets the longest extension of a response deadline the procedure allows, in working days, when a reason is given.</summary>
    /// <value>0 unless stated: no extension.</value>
    public int ExtensionAllowed { get; }

    /// <summary>Gets whether missing the deadline counts in the report's "exceeded the statutory timescale" (000:820, 929).</summary>
    public bool IsStatutory { get; }

    /// <summary>Gets where the timescale comes from: a paper and line, a regulation or a code.</summary>
    public string Source { get; }

    /// <summary>Gets the timescale in words: "respond within 10 working days of the acknowledgement (or up to 10 more with a reason)".</summary>
    public string Description => string.Format(CultureInfo.InvariantCulture, "{0} within {1} {2} of {3}{4}", Step.Verb, Length, Unit.Label, CountedFrom.Label,
        ExtensionAllowed > 0 ? string.Format(CultureInfo.InvariantCulture, " (or up to {0} more with a reason)", ExtensionAllowed) : string.Empty);

    /// <summary>Gets the key the deadline rule joins on: stream and stage.</summary>
    internal int Key => KeyOf(Stream, Stage);

    /// <summary>Gets the policy whose calendar and counting rules work the deadline out; set on the policy's own entries.</summary>
    internal ComplaintTimescales? Policy { get; }

    /// <summary>Creates a timescale.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="stage">The stage.</param>
    /// <param name="step">What must be done.</param>
    /// <param name="length">The length, 1 or more.</param>
    /// <param name="unit">What the length is counted in.</param>
    /// <param name="countedFrom">The day it is counted from.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="extensionAllowed">The longest extension allowed with a reason, in working days; only a response may be extended.</param>
    /// <param name="isStatutory">Whether missing it counts as exceeding the statutory timescale.</param>
    /// <returns>The timescale.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The length is below 1, the extension is negative, an acknowledgement is extended or
    /// counted from itself, or <paramref name="source"/> is empty.</exception>
    public static Timescale Create(ComplaintStream stream, ComplaintStage stage, TimescaleStep step, int length, TimescaleUnit unit, TimescaleStart countedFrom,
        string source, int extensionAllowed = 0, bool isStatutory = false)
    {
        Guard.NotNull(stream);
        Guard.NotNull(stage);
        Guard.NotNull(step);
        Guard.NotNull(unit);
        Guard.NotNull(countedFrom);
        var where = $"Timescale {stream}/{stage}/{step}";
        if (length < 1)
        {
            throw new ArgumentException($"{where}, field length '{length}': a timescale is at least 1 {unit.Label} long.", nameof(length));
        }

        if (extensionAllowed < 0 || (extensionAllowed > 0 && step == TimescaleStep.Acknowledge))
        {
            throw new ArgumentException($"{where}, field extensionAllowed '{extensionAllowed}': only a response may be extended, by 0 or more working days.", nameof(extensionAllowed));
        }

        if (step == TimescaleStep.Acknowledge && countedFrom == TimescaleStart.Acknowledged)
        {
            throw new ArgumentException($"{where}, field countedFrom 'Acknowledged': an acknowledgement cannot be counted from itself.", nameof(countedFrom));
        }

        return new Timescale(stream, stage, step, length, unit, countedFrom, extensionAllowed, isStatutory, Guard.NotEmpty(source), null);
    }

    /// <summary>Returns "Corporate Stage1: respond within 10 working days of the acknowledgement (...) [Complaint Handling Code]".</summary>
    /// <returns>The timescale in one line.</returns>
    public override string ToString() => $"{Stream} {Stage}: {Description} [{Source}]";

    internal static int KeyOf(ComplaintStream stream, ComplaintStage stage) => (stream.Value * 100) + stage.Value;

    /// <summary>Returns a copy that belongs to <paramref name="policy"/>.</summary>
    internal Timescale BoundTo(ComplaintTimescales policy) =>
        new(Stream, Stage, Step, Length, Unit, CountedFrom, ExtensionAllowed, IsStatutory, Source, policy);

    /// <summary>Works the deadline out for a dated complaint of this timescale's stream and stage.</summary>
    internal DeadlineCheck Check(Complaint complaint) =>
        (Policy ?? throw new InvalidOperationException($"{this} belongs to no policy; use the entries of a ComplaintTimescales.")).Check(complaint, this);
}
