using System.Globalization;
using System.Text;

namespace Lancs.Scoring.Cli;

/// <summary>Makes a cell's text safe to show: every control character (C0 but tab and line feed, DEL, C1, so ANSI
/// escapes and a bare carriage return) and every bidirectional override or isolate (U+202A-U+202E, U+2066-U+2069) is
/// written as a visible <c>\u001B</c>, so a cell can neither move the cursor, recolour the terminal, nor reverse the
/// text of the row it sits in.</summary>
internal static class Printable
{
    public static string Escape(string text)
    {
        var first = IndexOfUnsafe(text, 0);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Escapes <paramref name="text"/> and puts its lines on one line, for a row of a plain table.</summary>
    public static string OneLine(string text) => Escape(text.Replace("\r\n", "\n")).Replace("\n", " ");

    public static bool IsUnsafe(char c) =>
        (c < ' ' && c != '\t' && c != '\n') || (c >= '\u007F' && c <= '\u009F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    private static int IndexOfUnsafe(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
