namespace Lancs.Scoring.Kpi;

/// <summary>
/// How an observation's value compares with one comparator.
/// </summary>
public sealed class ComparatorResult
{
    internal ComparatorResult(ComparatorKind comparator, decimal comparatorValue, ComparatorVerdict verdict)
    {
        Comparator = comparator;
        ComparatorValue = comparatorValue;
        Verdict = verdict;
    }

    /// <summary>Gets which comparator this is.</summary>
    public ComparatorKind Comparator { get; }

    /// <summary>Gets the comparator's value that was used.</summary>
    public decimal ComparatorValue { get; }

    /// <summary>Gets whether the value is better, the same or worse.</summary>
    public ComparatorVerdict Verdict { get; }

    /// <summary>Returns "verdict than comparator (value)".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Verdict.Name + " vs " + Comparator.Label + " (" + ComparatorValue.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
