using System.Collections.Generic;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// The outcome of scoring a batch of observations: one result per valid observation and one rejection per bad one.
/// </summary>
public sealed class KpiScoreReport
{
    internal KpiScoreReport(IReadOnlyList<KpiResult> results, IReadOnlyList<Rejection> rejections)
    {
        Results = results;
        Rejections = rejections;
    }

    /// <summary>Gets one result per valid observation, in input order.</summary>
    public IReadOnlyList<KpiResult> Results { get; }

    /// <summary>Gets one rejection per bad observation, each naming the indicator, the field and the value.</summary>
    public IReadOnlyList<Rejection> Rejections { get; }
}
