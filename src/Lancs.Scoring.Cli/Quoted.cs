namespace Lancs.Scoring.Cli;

/// <summary>Keeps values quoted by the command's own messages short: at most <see cref="MaxLength"/> characters, the
/// limit the library's messages keep (docs/reliability.md).</summary>
internal static class Quoted
{
    /// <summary>The most characters of a value a message quotes.</summary>
    public const int MaxLength = 200;

    /// <summary>Returns <paramref name="value"/> when it is at most <see cref="MaxLength"/> characters, otherwise its first
    /// characters and "…", <see cref="MaxLength"/> characters in all.</summary>
    public static string Clip(string value)
    {
        if (value.Length <= MaxLength)
        {
            return value;
        }

        var take = MaxLength - 1;
        if (char.IsHighSurrogate(value[take - 1]))
        {
            take--;
        }

        return value.Substring(0, take) + "…";
    }
}
