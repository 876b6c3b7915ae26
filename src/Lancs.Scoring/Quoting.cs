using System;
using System.Globalization;
using System.Text;

namespace Lancs.Scoring;

/// <summary>How messages quote a value from the input: at most <see cref="MaxLength"/> characters of it, with control
/// and invisible characters written as <c>\uXXXX</c>, so that a message stays one line of bounded size and shows what
/// is really there (a zero-width space after "CR1" is shown, not hidden).</summary>
internal static class Quoting
{
    /// <summary>The most characters of a value a message quotes (docs/reliability.md).</summary>
    public const int MaxLength = 200;

    /// <summary>Returns <paramref name="value"/> as a message quotes it: escaped, and cut at <see cref="MaxLength"/>
    /// characters with "… (N characters in all)" when longer.</summary>
    public static string Value(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var take = Math.Min(value.Length, MaxLength);
        if (take < value.Length && char.IsHighSurrogate(value[take - 1]))
        {
            take--;
        }

        var shown = Escape(value, take);
        return take == value.Length
            ? shown
            : shown + string.Format(CultureInfo.InvariantCulture, "… ({0:N0} characters in all)", value.Length);
    }

    /// <summary>Returns <paramref name="text"/> with its control and invisible characters written as <c>\uXXXX</c>, uncut.</summary>
    public static string Escape(string? text) => text is null ? string.Empty : Escape(text, text.Length);

    /// <summary>Returns whether <paramref name="text"/> holds a character <see cref="Escape(string?)"/> would write as <c>\uXXXX</c>.</summary>
    public static bool HasInvisible(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsInvisible(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether the character at <paramref name="index"/> does not show as itself: a control character,
    /// a format character (zero-width space, byte-order mark, direction marks), a line or paragraph separator, a space
    /// other than U+0020 (no-break space) or half of a broken surrogate pair.</summary>
    public static bool IsInvisible(string text, int index)
    {
        var c = text[index];
        if (c == ' ')
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return true;
            default:
                return false;
        }
    }

    private static string Escape(string text, int length)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < length; i++)
        {
            if (IsInvisible(text, i))
            {
                escaped ??= new StringBuilder(length + 16).Append(text, 0, i);
                escaped.Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped?.Append(text[i]);
            }
        }

        return escaped?.ToString() ?? (length == text.Length ? text : text.Substring(0, length));
    }
}
