using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>
/// A register identification number such as <c>CR12</c>, <c>CO4</c> or the sub-item <c>CR1.1</c>, keeping the
/// printed form beside a normalised one.
/// </summary>
/// <remarks>
/// The tables print the first two opportunities with a digit zero, <c>C01</c> and <c>C02</c>
/// (000:1551-1552, 001:891-892, 002:383), where the covering reports write <c>CO1</c> and <c>CO2</c>
/// (001:805-806, 002:278). <see cref="Normalised"/> reads <c>C0</c> as <c>CO</c>, upper-cases, trims and drops
/// leading zeros from the number. Two ids are equal when their <see cref="Normalised"/> forms are equal;
/// <see cref="Raw"/> does not take part. Equal ids mean the same number, not the same entry: numbers were
/// reused when the register was renumbered at Q1 2018/19 (002:264).
/// </remarks>
public sealed class EntryId : IEquatable<EntryId>
{
    // Ids are hashed for every join of a re-score; the normalised form never changes, so its hash is taken once.
    private readonly int _hashCode;

    private EntryId(string raw, string normalised, RegisterKind kind, string? parent)
    {
        Raw = raw;
        Normalised = normalised;
        _hashCode = StringComparer.Ordinal.GetHashCode(normalised);
        Kind = kind;
        Parent = parent;
    }

    /// <summary>Creates an id read by an <see cref="IdentifierScheme"/>: the scheme has checked the text and found the kind.</summary>
    internal static EntryId Create(string raw, string normalised, RegisterKind kind, string? parent) => new(raw, normalised, kind, parent);

    /// <summary>Gets the identification number exactly as given, e.g. "C01".</summary>
    public string Raw { get; }

    /// <summary>Gets the normalised number used for matching, e.g. "CO1" for "C01" and "CR1.1" for " cr1.1 ".</summary>
    public string Normalised { get; }

    /// <summary>Gets whether the entry is a risk or an opportunity.</summary>
    public RegisterKind Kind { get; }

    /// <summary>Gets the normalised parent of a sub-item ("CR1" for "CR1.1"), or <see langword="null"/> for a top-level entry.</summary>
    public string? Parent { get; }

    /// <summary>Returns the identification number in <paramref name="text"/>.</summary>
    /// <param name="text">The printed identification number.</param>
    /// <returns>The parsed id.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not an identification number; the message says what is accepted.</exception>
    public static EntryId Parse(string? text)
    {
        if (TryParse(text, out EntryId? id, out string? error))
        {
            return id;
        }

        throw new FormatException(error);
    }

    /// <summary>Tries to read an identification number; never throws.</summary>
    /// <param name="text">The printed identification number: <c>CR&lt;n&gt;</c>, <c>CO&lt;n&gt;</c> or <c>C0&lt;n&gt;</c>, optionally followed by <c>.&lt;m&gt;</c> for a sub-item; case and surrounding white space are ignored.</param>
    /// <param name="id">The id when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <param name="error">A sentence naming the text and saying what is accepted when the method returns <see langword="false"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an identification number.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out EntryId? id, [NotNullWhen(false)] out string? error)
    {
        id = null;
        if (text is null || text.Trim().Length == 0)
        {
            error = "The identification number is empty; expected CR<n> for a risk or CO<n> (also printed C0<n>) for an opportunity, such as CR12, CO4 or CR1.1.";
            return false;
        }

        string trimmed = text.Trim();
        if (!TryRead(trimmed, out bool isRisk, out int number, out int sub))
        {
            error = string.Format(
                CultureInfo.InvariantCulture,
                "'{0}' is not a register identification number{1}; expected CR<n> for a risk or CO<n> (also printed C0<n>) for an opportunity, n from 1, optionally with a sub-item such as CR1.1.",
                Quoting.Value(text),
                InvisibleCharacter(trimmed));
            return false;
        }

        string normalised;
        string? parent;
        int stop = trimmed.IndexOf('.');
        if (IsNormalised(trimmed, stop))
        {
            // Most ids are printed as they normalise ("CR12"): keep the printed string rather than build a copy of it.
            normalised = trimmed;
            parent = stop < 0 ? null : trimmed.Substring(0, stop);
        }
        else
        {
            string top = (isRisk ? "CR" : "CO") + number.ToString(CultureInfo.InvariantCulture);
            normalised = sub < 0 ? top : top + "." + sub.ToString(CultureInfo.InvariantCulture);
            parent = sub < 0 ? null : top;
        }

        id = new EntryId(text, normalised, isRisk ? RegisterKind.Risk : RegisterKind.Opportunity, parent);
        error = null;
        return true;
    }

    /// <summary>Returns whether a valid id (<see cref="TryRead"/>) is already in its normalised form: upper case, CO not
    /// C0, and no leading zeros; <paramref name="stop"/> is the index of its full stop, or -1.</summary>
    private static bool IsNormalised(string id, int stop) =>
        id[0] == 'C' && id[1] is 'R' or 'O' && id[2] != '0' && (stop < 0 || id[stop + 1] != '0');

    /// <summary>Reads <c>CR</c>, <c>CO</c> or <c>C0</c> (any case), a number of 1 to 4 ASCII digits, and optionally a full
    /// stop and a sub-item of 1 to 4 digits, and nothing else; neither number may be 0 (<paramref name="sub"/> is -1 when
    /// there is none). Written out rather than as a regular expression: every row of a bulk run reads one id, and the
    /// expression with its groups cost a microsecond and most of a kilobyte an id.</summary>
    private static bool TryRead(string text, out bool isRisk, out int number, out int sub)
    {
        isRisk = false;
        number = 0;
        sub = -1;
        if (text.Length < 3 || (text[0] is not ('C' or 'c')))
        {
            return false;
        }

        char kind = text[1];
        isRisk = kind is 'R' or 'r';
        if (!isRisk && kind is not ('O' or 'o' or '0'))
        {
            return false;
        }

        int end = ReadDigits(text, 2, out number);
        if (end < 0 || number == 0)
        {
            return false;
        }

        if (end == text.Length)
        {
            return true;
        }

        if (text[end] != '.' || ReadDigits(text, end + 1, out sub) != text.Length)
        {
            return false;
        }

        return sub != 0;
    }

    /// <summary>Reads 1 to 4 ASCII digits at <paramref name="start"/>; returns the index after them, or -1 when there are
    /// none or more than 4.</summary>
    private static int ReadDigits(string text, int start, out int value)
    {
        value = 0;
        int i = start;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            if (i - start < 4)
            {
                value = (value * 10) + (text[i] - '0'); // no more than four digits count, so a long run cannot overflow
            }

            i++;
        }

        int count = i - start;
        return count is >= 1 and <= 4 ? i : -1;
    }

    /// <summary>Names the first invisible character of an id (a zero-width space pasted from a document prints as nothing,
    /// so "CR1" followed by one would otherwise look valid), or returns an empty string.</summary>
    private static string InvisibleCharacter(string trimmed)
    {
        for (int i = 0; i < trimmed.Length; i++)
        {
            if (Quoting.IsInvisible(trimmed, i))
            {
                return string.Format(CultureInfo.InvariantCulture, ": it holds the invisible character U+{0:X4} at position {1}; retype the id", (int)trimmed[i], i + 1);
            }
        }

        return string.Empty;
    }

    /// <summary>Returns whether <paramref name="other"/> has the same <see cref="Normalised"/> form.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns><see langword="true"/> when the normalised forms are equal (ordinal).</returns>
    public bool Equals(EntryId? other) => ReferenceEquals(this, other)
        || (other is not null && _hashCode == other._hashCode && string.Equals(Normalised, other.Normalised, StringComparison.Ordinal));

    /// <summary>Returns whether <paramref name="obj"/> is an <see cref="EntryId"/> with the same <see cref="Normalised"/> form.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as EntryId);

    /// <summary>Returns a hash code of <see cref="Normalised"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _hashCode;

    /// <summary>Returns whether two ids are the same once normalised (C01 equals CO1).</summary>
    /// <param name="left">One id.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(EntryId? left, EntryId? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two ids differ once normalised.</summary>
    /// <param name="left">One id.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(EntryId? left, EntryId? right) => !(left == right);

    /// <summary>Returns the printed form, <see cref="Raw"/>.</summary>
    /// <returns>The identification number as given.</returns>
    public override string ToString() => Raw;
}
