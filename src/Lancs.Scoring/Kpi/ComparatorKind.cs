using Ardalis.SmartEnum;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// A figure the papers set a council value against: the England average, the North West average, the
/// statistical neighbours' average, or the national top-quartile boundary.
/// </summary>
/// <remarks>Sources: "national (60.0) and statistical neighbour (63.0) rates, but lower than the regional rate
/// (82.0)" (000:1618); "England Average" column (002:452); "top quartile performance" (001:652). Ordered by
/// <c>Value</c>.</remarks>
public sealed class ComparatorKind : SmartEnum<ComparatorKind>
{
    /// <summary>The England (national) average.</summary>
    public static readonly ComparatorKind England = new(nameof(England), 1, "England average");

    /// <summary>The North West (regional) average.</summary>
    public static readonly ComparatorKind NorthWest = new(nameof(NorthWest), 2, "North West average");

    /// <summary>The average of the council's statistical neighbours.</summary>
    public static readonly ComparatorKind StatisticalNeighbours = new(nameof(StatisticalNeighbours), 3, "statistical neighbours' average");

    /// <summary>The value that marks the national top quartile: better than it is "upper quartile nationally".</summary>
    public static readonly ComparatorKind TopQuartile = new(nameof(TopQuartile), 4, "national top-quartile boundary");

    private ComparatorKind(string name, int value, string label)
        : base(name, value)
        => Label = label;

    /// <summary>Gets the comparator's name in words, for messages and reports.</summary>
    public string Label { get; }
}
