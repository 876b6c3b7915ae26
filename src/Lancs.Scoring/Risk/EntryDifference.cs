namespace Lancs.Scoring.Risk;

/// <summary>One entry whose outcome differs when its register is scored under two policies: its direction of travel,
/// its register changes or its appetite zone, before and after.</summary>
/// <typeparam name="T">What differs.</typeparam>
public sealed class EntryDifference<T>
{
    internal EntryDifference(EntryId id, T before, T after)
    {
        Id = id;
        Before = before;
        After = after;
    }

    /// <summary>Gets the entry.</summary>
    public EntryId Id { get; }

    /// <summary>Gets the outcome under the first policy.</summary>
    public T Before { get; }

    /// <summary>Gets the outcome under the second policy.</summary>
    public T After { get; }

    /// <summary>Returns "CR1: Level -> Upwards".</summary>
    /// <returns>The difference in one line.</returns>
    public override string ToString() => $"{Id}: {Text(Before)} -> {Text(After)}";

    private static string Text(T value) => value switch
    {
        null => "-",
        System.Collections.IEnumerable list and not string => string.Join(", ", System.Linq.Enumerable.Cast<object>(list)),
        _ => value.ToString() ?? "-",
    };
}
