using System;
using System.Globalization;

namespace Lancs.Scoring;

/// <summary>
/// An input record that a bulk run could not score, with the field at fault and the reason.
/// </summary>
/// <remarks>
/// Bad data is data: a bulk run returns one <see cref="Rejection"/> per bad record and scores the rest.
/// Programming and configuration mistakes still throw.
/// </remarks>
public sealed class Rejection
{
    /// <summary>Creates a rejection.</summary>
    /// <param name="entry">The identity of the rejected record, as the input names it (an identification number, or a line number).</param>
    /// <param name="field">The field at fault, as the input names it.</param>
    /// <param name="attemptedValue">The value found in that field, verbatim; <see langword="null"/> when the field was missing.</param>
    /// <param name="reason">A sentence saying what is wrong and how to fix it.</param>
    /// <exception cref="ArgumentException"><paramref name="entry"/>, <paramref name="field"/> or <paramref name="reason"/> is empty.</exception>
    public Rejection(string entry, string field, string? attemptedValue, string reason)
    {
        Entry = Guard.NotEmpty(entry);
        Field = Guard.NotEmpty(field);
        AttemptedValue = attemptedValue;
        Reason = Guard.NotEmpty(reason);
    }

    /// <summary>Gets the identity of the rejected record.</summary>
    public string Entry { get; }

    /// <summary>Gets the field at fault.</summary>
    public string Field { get; }

    /// <summary>Gets the value found in the field, verbatim, or <see langword="null"/> when it was missing.</summary>
    public string? AttemptedValue { get; }

    /// <summary>Gets the reason, as a sentence.</summary>
    public string Reason { get; }

    /// <summary>Returns "entry, field 'value': reason", in the invariant culture.</summary>
    /// <returns>A one-line description of the rejection. It quotes at most 200 characters of the value, and writes control
    /// and invisible characters (a zero-width space, a line break) as <c>\uXXXX</c> (docs/reliability.md).</returns>
    public override string ToString() => AttemptedValue is null
        ? string.Format(CultureInfo.InvariantCulture, "{0}, {1} (missing): {2}", Quoting.Escape(Entry), Field, Reason)
        : string.Format(CultureInfo.InvariantCulture, "{0}, {1} '{2}': {3}", Quoting.Escape(Entry), Field, Quoting.Value(AttemptedValue), Reason);
}
