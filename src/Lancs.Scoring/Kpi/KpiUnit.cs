using Ardalis.SmartEnum;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// The unit an indicator is measured in, with the bounds a value normally lies within.
/// </summary>
/// <remarks>An indicator may widen or narrow the default bounds: most percentages lie in 0-100, but email
/// "% Answered" exceeds 100 through carry-over (001:1110). Ordered by <c>Value</c>.</remarks>
public sealed class KpiUnit : SmartEnum<KpiUnit>
{
    /// <summary>A percentage, normally 0 to 100.</summary>
    public static readonly KpiUnit Percentage = new(nameof(Percentage), 1, "%", 100m);

    /// <summary>A rate per 10,000 of a population (children's social care rates, 000:1636).</summary>
    public static readonly KpiUnit RatePer10000 = new(nameof(RatePer10000), 2, "per 10,000", null);

    /// <summary>A rate per 100,000 of a population (youth justice, adult admissions; 002:490, 002:567).</summary>
    public static readonly KpiUnit RatePer100000 = new(nameof(RatePer100000), 3, "per 100,000", null);

    /// <summary>A number of days (adoption timeliness, repairs; 002:482, 002:517).</summary>
    public static readonly KpiUnit Days = new(nameof(Days), 4, "days", null);

    /// <summary>A count of people, cases or events.</summary>
    public static readonly KpiUnit Count = new(nameof(Count), 5, "count", null);

    /// <summary>An average number of cases per worker (caseloads, 000:1639).</summary>
    public static readonly KpiUnit CasesPerWorker = new(nameof(CasesPerWorker), 6, "cases per worker", null);

    private KpiUnit(string name, int value, string symbol, decimal? defaultMaximum)
        : base(name, value)
    {
        Symbol = symbol;
        DefaultMaximum = defaultMaximum;
    }

    /// <summary>Gets the unit as printed after a value.</summary>
    public string Symbol { get; }

    /// <summary>Gets the lowest value this unit normally allows.</summary>
    /// <value>0 for every built-in unit: no measure in the papers is negative.</value>
    public decimal DefaultMinimum => 0m;

    /// <summary>Gets the highest value this unit normally allows, or <see langword="null"/> when unbounded.</summary>
    public decimal? DefaultMaximum { get; }
}
